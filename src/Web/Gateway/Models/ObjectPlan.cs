namespace Innominatus.Web.Gateway.Models;

public sealed record ObjectPlan(string Object, string Result, string? Detail);
