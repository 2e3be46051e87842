namespace Innominatus.Web.Gateway.Models;

public sealed record ApplicationSummary(string Name, string Team, string State, int Revision, int Resources, DateTimeOffset UpdatedAt);
