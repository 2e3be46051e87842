namespace Innominatus.Web.Gateway.Models;

public sealed record ResourceSummary(Guid Id, string Name, string Type, string Provider, string State, string DesiredOperation, int Revision);
