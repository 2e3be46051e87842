namespace Innominatus.Web.Gateway.Models;

public sealed record TeamMembership(string Team, string Role);
