namespace Innominatus.IdentityService.Apis.Models;

public sealed record UpdateTeamRequest(string? Description);
