namespace Innominatus.IdentityService.Apis.Models;

public sealed record TeamView(string Name, string? Description, DateTimeOffset CreatedAt, IReadOnlyList<MemberView> Members);
