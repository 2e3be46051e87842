extern alias demo;
using demo::Innominatus.DemoService.Catalogue;
using demo::Innominatus.DemoService.Status;
using Microsoft.Extensions.Configuration;

namespace Innominatus.UnitTests.Demo;

/// <summary>demo-status' single-sign-on section: the realm as Innominatus would use it and the commands that switch it on.</summary>
public class SingleSignOnGuideTests
{
    private const string Issuer = "http://keycloak.localtest.me/realms/innominatus-demo";

    private static SingleSignOnStatus Guide(bool inCluster, params (string Key, string Value)[] settings) =>
        SingleSignOnGuide.For(ComponentCatalogue.Embedded(),
            new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build(), inCluster)!;

    [Fact]
    public void It_names_the_issuer_the_client_and_where_its_secret_is_never_the_value()
    {
        var sso = Guide(inCluster: false);

        Assert.Equal("innominatus-demo", sso.Realm);
        Assert.Equal(Issuer, sso.Issuer);
        Assert.Equal("http://keycloak-keycloakx-http.demo-keycloak.svc/realms/innominatus-demo", sso.BackChannelUrl);
        Assert.Equal("innominatus", sso.ClientId);
        Assert.Equal(new SecretKeyLocation("demo-keycloak", "keycloak-credentials", "innominatus-client-secret"), sso.ClientSecret);
        Assert.Equal("http://localhost:8081/auth/callback", sso.RedirectUrl);
        Assert.Equal(("roles", "groups"), (sso.RolesClaim, sso.GroupsClaim));
        var admin = sso.Users.Single(u => u.Username == "demo-admin");
        Assert.Contains("admin", admin.Roles);
        Assert.Equal(new SecretKeyLocation("demo-keycloak", "keycloak-credentials", "demo-admin-password"), admin.Password);
        Assert.Equal(["demo-team"], sso.Users.Single(u => u.Username == "demo-member").Groups);
    }

    [Fact]
    public void In_kubernetes_mode_the_switch_copies_the_secret_by_pipe_and_upgrades_the_release_reusing_its_values()
    {
        var sso = Guide(inCluster: true);

        Assert.Equal(2, sso.SwitchOn.Count);
        Assert.Equal("kubectl get secret keycloak-credentials -n demo-keycloak -o jsonpath='{.data.innominatus-client-secret}' | base64 -d" +
                     " | kubectl create secret generic innominatus-oidc -n innominatus-system --from-file=client-secret=/dev/stdin", sso.SwitchOn[0]);
        Assert.Equal("helm upgrade innominatus ./charts/innominatus -n innominatus-system --reuse-values --set env.OIDC_ENABLED=true" +
                     $" --set env.OIDC_ISSUER={Issuer} --set env.OIDC_CLIENT_ID=innominatus" +
                     " --set env.OIDC_REDIRECT_URL=http://localhost:8081/auth/callback --set oidc.existingSecret=innominatus-oidc", sso.SwitchOn[1]);
        Assert.Contains("CoreDNS", sso.Note);
    }

    [Fact]
    public void The_release_namespace_and_address_of_innominatus_are_configurable()
    {
        var sso = Guide(true, ("Demo:InnominatusRelease", "idp"), ("Demo:InnominatusNamespace", "platform"), ("Demo:InnominatusUrl", "http://idp.localtest.me/"));

        Assert.Equal("http://idp.localtest.me/auth/callback", sso.RedirectUrl);
        Assert.StartsWith("helm upgrade idp ./charts/innominatus -n platform --reuse-values", sso.SwitchOn[1]);
        Assert.EndsWith("-n platform --from-file=client-secret=/dev/stdin", sso.SwitchOn[0]);
    }

    [Fact]
    public void Outside_a_cluster_the_switch_is_the_environment_of_the_apphost()
    {
        var sso = Guide(inCluster: false);

        Assert.Equal("export OIDC_CLIENT_SECRET=\"$(kubectl get secret keycloak-credentials -n demo-keycloak -o jsonpath='{.data.innominatus-client-secret}' | base64 -d)\"", sso.SwitchOn[0]);
        Assert.Equal($"OIDC_ENABLED=true OIDC_ISSUER={Issuer} OIDC_CLIENT_ID=innominatus OIDC_REDIRECT_URL=http://localhost:8081/auth/callback dotnet run --project src/AppHost", sso.SwitchOn[1]);
    }

    [Fact]
    public void A_catalogue_without_a_realm_has_no_single_sign_on_section()
    {
        var catalogue = ComponentCatalogue.Parse(Catalogues.Text(("app", [])), "test");

        Assert.Null(SingleSignOnGuide.For(catalogue, new ConfigurationBuilder().Build(), inCluster: false));
    }
}
