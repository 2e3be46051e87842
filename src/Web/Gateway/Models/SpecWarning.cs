namespace Innominatus.Web.Gateway.Models;

public sealed record SpecWarning(string Path, string Message);
