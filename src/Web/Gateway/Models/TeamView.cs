namespace Innominatus.Web.Gateway.Models;

public sealed record TeamView(string Name, string? Description, DateTimeOffset CreatedAt, IReadOnlyList<TeamMember> Members);
