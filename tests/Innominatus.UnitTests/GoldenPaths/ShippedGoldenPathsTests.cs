using Innominatus.UnitTests.Providers;

namespace Innominatus.UnitTests.GoldenPaths;

public class ShippedGoldenPathsTests
{
    [Fact]
    public async Task The_shipped_catalogue_loads_and_documents_every_parameter()
    {
        var catalog = TestGoldenPaths.Catalog();

        var result = await catalog.ReloadAsync(CancellationToken.None);

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        Assert.Equal(["db-lifecycle", "deploy-app", "ephemeral-env", "observability-setup", "onboard-team", "undeploy-app"], catalog.All.Select(p => p.Name));
        Assert.All(catalog.All, path =>
        {
            Assert.False(string.IsNullOrWhiteSpace(path.Category));
            Assert.NotNull(path.EstimatedDuration);
            Assert.NotEmpty(path.Tags);
            Assert.Contains(path.Parameters.Values, p => p.Required);
            Assert.All(path.Parameters, p => Assert.False(string.IsNullOrWhiteSpace(p.Value.Description), $"{path.Name}.{p.Key} is undocumented"));
            PlaceholderAssert.ReferencesResolve(File.ReadAllText(path.File), path.Workflow);
        });
    }

    [Fact]
    public async Task Deploy_app_offers_typed_parameters_with_defaults_and_limits()
    {
        var catalog = TestGoldenPaths.Catalog();
        await catalog.ReloadAsync(CancellationToken.None);

        var parameters = catalog.Find("deploy-app")!.Parameters;

        Assert.True(parameters["image"].Required);
        Assert.Equal(("integer", "2", 1.0, 20.0), (parameters["replicas"].Type, parameters["replicas"].Default!.ToJsonString(), parameters["replicas"].Minimum, parameters["replicas"].Maximum));
        Assert.Equal(["dev", "staging", "prod"], parameters["environment"].Enum!.Select(e => e.GetValue<string>()));
        Assert.NotNull(parameters["app_name"].Pattern);
    }

    [Fact]
    public async Task Every_shipped_parameter_naming_a_teams_thing_declares_its_owner_and_no_caller_chooses_a_url_or_platform_namespace()
    {
        var catalog = TestGoldenPaths.Catalog();
        await catalog.ReloadAsync(CancellationToken.None);
        var owners = new Dictionary<string, string> { ["app_name"] = "application", ["namespace"] = "namespace", ["team"] = "team" };

        var parameters = catalog.All.SelectMany(path => path.Parameters.Select(p => (Path: path.Name, Name: p.Key, Definition: p.Value))).ToList();

        Assert.All(parameters.Where(p => owners.ContainsKey(p.Name)), p => Assert.True(p.Definition.Owner == owners[p.Name], $"{p.Path}.{p.Name} declares owner '{p.Definition.Owner}'"));
        Assert.All(parameters.Where(p => p.Definition.Type == "string" && (p.Name.EndsWith("_url", StringComparison.Ordinal) || p.Name.EndsWith("_namespace", StringComparison.Ordinal))),
            p => Assert.True(p.Definition.Setting is not null, $"{p.Path}.{p.Name} is a caller's choice"));
        Assert.Equal("image", catalog.Find("db-lifecycle")!.Parameters["migration_image"].Format);
        Assert.Equal("gitea_url", catalog.Find("onboard-team")!.Parameters["gitea_url"].Setting);
        Assert.Equal(["onboard-team"], catalog.All.Where(p => p.AdminsOnly).Select(p => p.Name));
    }
}
