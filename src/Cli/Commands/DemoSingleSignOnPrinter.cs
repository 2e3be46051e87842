namespace Innominatus.Cli.Commands;

/// <summary>
/// demo-status' single-sign-on section as text: the demo realm, where its generated secrets are (never the values),
/// and the commands that switch Innominatus over to it, which demo-time does not run (they restart Innominatus).
/// </summary>
public static class DemoSingleSignOnPrinter
{
    public static void Print(Session s, JsonElement status)
    {
        var sso = status.Get("singleSignOn");
        if (sso.ValueKind != JsonValueKind.Object)
        {
            return;
        }
        s.Print.Line("");
        s.Print.Line($"Single sign-on: Keycloak realm {sso.Str("realm")}");
        s.Print.Line($"  issuer:        {sso.Str("issuer")}");
        s.Print.Line($"  back channel:  {sso.Str("backChannelUrl")} (from pods)");
        s.Print.Line($"  client:        {sso.Str("clientId")}, secret {Where(sso.Get("clientSecret"))}");
        s.Print.Line($"  redirect URL:  {sso.Str("redirectUrl")}");
        s.Print.Line($"  claims:        roles in '{sso.Str("rolesClaim")}', teams in '{sso.Str("groupsClaim")}'");
        foreach (var user in sso.Items("users"))
        {
            s.Print.Line($"  user:          {user.Str("username")} (roles {user.List("roles")}; groups {user.List("groups")}), password {Where(user.Get("password"))}");
        }
        s.Print.Line("To switch Innominatus to it:");
        foreach (var command in sso.Items("switchOn"))
        {
            s.Print.Line($"  {command.GetString()}");
        }
        s.Print.Line(sso.Str("note"));
    }

    private static string Where(JsonElement location) => location.ValueKind == JsonValueKind.Object
        ? $"in Secret {location.Str("namespace")}/{location.Str("secret")} key {location.Str("key")}"
        : "(not found in the realm's environment)";
}
