extern alias demo;
using demo::Innominatus.DemoService.Catalogue;

namespace Innominatus.UnitTests.Demo;

/// <summary>The shipped catalogue is complete and pinned; components come in dependency order; --component pulls in what it needs.</summary>
public class CatalogueTests
{
    private static readonly string[] Required = ["ingress-nginx", "gitea", "argocd", "keycloak", "vault", "prometheus", "grafana", "minio", "demo-app"];

    [Fact]
    public void The_embedded_catalogue_names_every_component_with_a_pinned_chart_and_a_localtest_me_host()
    {
        var catalogue = ComponentCatalogue.Embedded();

        Assert.Equal(Required.Order(), catalogue.All.Select(c => c.Name).Order());
        Assert.All(catalogue.All, c =>
        {
            Assert.StartsWith("https://", c.Chart.Repo);
            Assert.Matches(@"^\d+\.\d+\.\d+$", c.Chart.Version);
            Assert.True(c.Host is null || c.Host.EndsWith(".localtest.me", StringComparison.Ordinal), c.Name);
        });
        Assert.All(catalogue.All.Where(c => c.Name != "ingress-nginx"), c => Assert.NotNull(c.Host));
    }

    [Fact]
    public void Every_component_comes_after_the_components_it_depends_on()
    {
        var catalogue = ComponentCatalogue.Parse(Catalogues.Text(("app", ["db", "ingress"]), ("db", []), ("ingress", [])), "test");

        Assert.Equal(["db", "ingress", "app"], catalogue.All.Select(c => c.Name));
        var shipped = ComponentCatalogue.Embedded().All.Select(c => c.Name).ToList();
        Assert.All(ComponentCatalogue.Embedded().All, c => Assert.All(c.DependsOn, d => Assert.True(shipped.IndexOf(d) < shipped.IndexOf(c.Name), $"{c.Name} before {d}")));
    }

    [Fact]
    public void Selecting_a_component_selects_what_it_needs_and_nothing_else()
    {
        var catalogue = ComponentCatalogue.Embedded();

        var selection = catalogue.Select(["grafana"]);

        Assert.True(selection.IsValid);
        Assert.Equal(["ingress-nginx", "keycloak", "prometheus", "grafana"], selection.Components.Select(c => c.Name));
        Assert.Equal(catalogue.All, catalogue.Select(null).Components);
    }

    [Fact]
    public void Unknown_component_names_are_listed()
    {
        var selection = ComponentCatalogue.Embedded().Select(["grafana", "jenkins", "nexus"]);

        Assert.False(selection.IsValid);
        Assert.Equal(["jenkins", "nexus"], selection.Unknown);
    }

    [Theory]
    [InlineData("unknown-dependency", "component 'app' depends on unknown component 'nope'")]
    [InlineData("cycle", "dependency cycle among a, b")]
    [InlineData("duplicate", "component 'a' is listed twice")]
    [InlineData("unpinned", "needs a pinned version")]
    [InlineData("typo", "could not be mapped")]
    [InlineData("http", "chart repository 'http://charts.example.test' is not an https URL (plain http only for a Service inside the cluster: http://NAME.NAMESPACE.svc)")]
    [InlineData("dashboard", "component 'a': dashboard 'nope' is not shipped with the demo (Catalogue/dashboards/nope.json)")]
    public void A_bad_catalogue_is_refused_in_one_line_naming_the_problem(string kind, string expected)
    {
        var yaml = kind switch
        {
            "unknown-dependency" => Catalogues.Text(("app", ["nope"])),
            "cycle" => Catalogues.Text(("a", ["b"]), ("b", ["a"])),
            "duplicate" => Catalogues.Text(("a", []), ("a", [])),
            "unpinned" => Catalogues.Text(("a", [])).Replace("version: 1.0.0", "version: ''", StringComparison.Ordinal),
            "dashboard" => Catalogues.Text(("a", [])) + "    dashboards: [nope]\n",
            "http" => Catalogues.Text(("a", [])).Replace("https://", "http://", StringComparison.Ordinal),
            _ => Catalogues.Text(("a", [])).Replace("namespace:", "namespaces:", StringComparison.Ordinal),
        };

        var refused = Assert.Throws<CatalogueException>(() => ComponentCatalogue.Parse(yaml, "test.yaml"));

        Assert.Contains(expected, refused.Message, StringComparison.Ordinal);
        Assert.StartsWith("The demo component catalogue (test.yaml) is not valid: ", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', refused.Message);
    }

    [Theory]
    [InlineData("http://charts.demo-charts.svc:8080")]
    [InlineData("http://charts.demo-charts.svc.cluster.local")]
    public void A_chart_repository_inside_the_cluster_may_be_plain_http(string repo)
    {
        var yaml = Catalogues.Text(("a", [])).Replace("https://charts.example.test", repo, StringComparison.Ordinal);

        Assert.Equal(repo, ComponentCatalogue.Parse(yaml, "test.yaml").All[0].Chart.Repo);
    }
}
