extern alias demo;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using demo::Innominatus.DemoService.Catalogue;

namespace Innominatus.UnitTests.Demo;

/// <summary>
/// The shipped Keycloak realm: the four clients with their callbacks, the claims Innominatus reads (OidcSettings:
/// roles in "roles", teams in "groups", admins by the role "admin"), and no secret in the repository: every secret is a
/// Keycloak placeholder that the keycloak component's environment fills in from its generated credentials.
/// </summary>
public partial class RealmTests
{
    private static readonly DemoComponent Keycloak = ComponentCatalogue.Embedded().Find("keycloak")!;

    private static JsonObject Realm => DemoRealms.Parse(Keycloak.Realm!);

    [Fact]
    public void The_keycloak_component_imports_the_shipped_realm_named_after_its_file()
    {
        Assert.Equal("innominatus-demo", Keycloak.Realm);
        Assert.Contains("innominatus-demo", DemoRealms.Names);
        Assert.Equal("innominatus-demo", Realm["realm"]!.GetValue<string>());
        Assert.Contains("--import-realm", Keycloak.Values["command"]!.AsArray().Select(a => a!.GetValue<string>()));
    }

    [Theory]
    [InlineData("innominatus", "http://innominatus.localtest.me/auth/callback")]
    [InlineData("innominatus", "http://localhost:8081/auth/callback")]
    [InlineData("argocd", "http://argocd.localtest.me/auth/callback")]
    [InlineData("grafana", "http://grafana.localtest.me/login/generic_oauth")]
    [InlineData("gitea", "http://gitea.localtest.me/user/oauth2/keycloak/callback")]
    public void Each_client_is_confidential_with_its_callback_and_a_placeholder_secret(string clientId, string redirect)
    {
        var client = Client(clientId);

        Assert.False(client["publicClient"]!.GetValue<bool>());
        Assert.Contains(redirect, client["redirectUris"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Matches(Placeholder(), client["secret"]!.GetValue<string>());
    }

    [Fact]
    public void The_realm_has_exactly_the_four_clients_and_every_redirect_is_on_its_own_host()
    {
        var clients = Realm["clients"]!.AsArray().Select(c => c!.AsObject()).ToList();

        Assert.Equal(["argocd", "gitea", "grafana", "innominatus"], clients.Select(c => c["clientId"]!.GetValue<string>()).Order());
        Assert.All(clients, c => Assert.All(c["redirectUris"]!.AsArray().Select(r => new Uri(r!.GetValue<string>())), uri =>
            Assert.True(uri.Host == $"{c["clientId"]}.localtest.me" || (c["clientId"]!.GetValue<string>() == "innominatus" && uri.Authority == "localhost:8081"), uri.ToString())));
    }

    [Fact]
    public void Every_client_maps_realm_roles_to_roles_and_groups_to_groups_as_innominatus_reads_them()
    {
        Assert.All(Realm["clients"]!.AsArray(), c =>
        {
            var mappers = c!["protocolMappers"]!.AsArray().ToDictionary(m => m!["protocolMapper"]!.GetValue<string>(), m => m!["config"]!);
            Assert.Equal("roles", mappers["oidc-usermodel-realm-role-mapper"]["claim.name"]!.GetValue<string>());
            Assert.Equal("true", mappers["oidc-usermodel-realm-role-mapper"]["multivalued"]!.GetValue<string>());
            // Team names, not /paths: Innominatus matches the claim's values against its team names.
            Assert.Equal("groups", mappers["oidc-group-membership-mapper"]["claim.name"]!.GetValue<string>());
            Assert.Equal("false", mappers["oidc-group-membership-mapper"]["full.path"]!.GetValue<string>());
        });
    }

    [Fact]
    public void The_demo_users_are_an_admin_and_a_team_member_with_placeholder_passwords()
    {
        var users = Realm["users"]!.AsArray().ToDictionary(u => u!["username"]!.GetValue<string>(), u => u!);

        Assert.Contains("admin", users["demo-admin"]["realmRoles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.DoesNotContain("admin", users["demo-member"]["realmRoles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal(["/demo-team"], users["demo-member"]["groups"]!.AsArray().Select(g => g!.GetValue<string>()));
        Assert.All(users.Values, u => Assert.Matches(Placeholder(), u["credentials"]![0]!["value"]!.GetValue<string>()));
    }

    [Fact]
    public void No_secret_or_password_in_the_realm_file_is_a_literal_value()
    {
        var literals = Walk(Realm).Where(p => p.Key is "secret" or "value" or "password" && !Placeholder().IsMatch(p.Value)).ToList();

        Assert.Empty(literals);
    }

    [Fact]
    public void Every_placeholder_of_the_realm_is_set_from_the_keycloak_components_generated_credentials()
    {
        var environment = RealmEnvironment.FromSecrets(Keycloak);
        var placeholders = AnyPlaceholder().Matches(DemoRealms.Json(Keycloak.Realm!)).Select(m => m.Groups[1].Value).Distinct().ToList();

        Assert.Equal(6, placeholders.Count);
        Assert.All(placeholders, name =>
        {
            Assert.True(environment.TryGetValue(name, out var source), $"{name} is not set by keycloak's extraEnv from a Secret");
            Assert.Equal(Keycloak.Credentials!.Secret, source.Secret);
            Assert.Contains(source.Key, Keycloak.Credentials.Keys);
        });
    }

    private static JsonObject Client(string id) => Realm["clients"]!.AsArray().Single(c => c!["clientId"]!.GetValue<string>() == id)!.AsObject();

    private static IEnumerable<KeyValuePair<string, string>> Walk(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Value is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String
            ? [KeyValuePair.Create(p.Key, v.GetValue<string>())] : Walk(p.Value)),
        JsonArray a => a.SelectMany(Walk),
        _ => [],
    };

    [GeneratedRegex(@"^\$\{[A-Z][A-Z0-9_]*\}$")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\$\{([^}]+)\}")]
    private static partial Regex AnyPlaceholder();
}
