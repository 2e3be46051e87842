namespace Innominatus.Web.Gateway.Models;

public sealed record TeamMember(string Username, string Role);
