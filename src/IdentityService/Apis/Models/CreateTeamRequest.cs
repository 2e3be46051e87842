namespace Innominatus.IdentityService.Apis.Models;

public sealed record CreateTeamRequest(string? Name, string? Description);
