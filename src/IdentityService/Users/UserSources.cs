namespace Innominatus.IdentityService.Users;

public static class UserSources
{
    public const string Local = "local";
    public const string Oidc = "oidc";
}
