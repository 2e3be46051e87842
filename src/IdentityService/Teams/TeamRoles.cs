namespace Innominatus.IdentityService.Teams;

public static class TeamRoles
{
    public const string Member = "member";
    public const string TeamAdmin = "team-admin";

    public static bool IsValid(string? role) => role is Member or TeamAdmin;
}
