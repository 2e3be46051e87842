using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Providers;
using Innominatus.WorkflowService.Shared;

namespace Innominatus.UnitTests.Providers;

public class ShippedProvidersTests
{
    // The file's own comment calls this a fake type that only demonstrates the provisioner mechanism.
    private const string ExampleType = "example-provisioner-resource";

    [Fact]
    public async Task The_shipped_provider_set_loads_without_errors_with_one_provider_per_team()
    {
        var catalog = TestProviders.Catalog();

        var result = await catalog.ReloadAsync(CancellationToken.None);

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        Assert.Equal(
            ["database-team", "gitops-team", "messaging-team", "network-team", "platform-team", "security-team", "storage-team"],
            catalog.Providers.Select(p => p.Name));
        Assert.All(catalog.Providers, p => Assert.Equal(p.Name, p.Team));
    }

    [ScoreK8sReferenceFact]
    public async Task Every_type_score_k8s_provisions_by_default_is_offered_with_the_same_output_names()
    {
        var catalog = TestProviders.Catalog();
        await catalog.ReloadAsync(CancellationToken.None);
        var provisioners = ReadScoreK8sProvisioners();

        Assert.Equal(13, provisioners.Select(p => p.Type).Distinct().Count());
        foreach (var (type, expectedOutputs) in provisioners)
        {
            var resolution = catalog.Resolve(type);
            Assert.True(resolution is not null, $"no provider offers '{type}'");
            Assert.Equal(type, resolution.CanonicalType);
            var declared = resolution.ResourceType.Outputs.Select(o => o.Name).ToList();
            Assert.All(expectedOutputs, o => Assert.Contains(o, declared));
            Assert.All(expectedOutputs, o => Assert.Contains(o, resolution.WorkflowFor(ResourceOperation.Create).Outputs.Keys));
        }
    }

    [Theory]
    [InlineData("namespace", "platform-team")]
    [InlineData("gitea-repo", "gitops-team")]
    [InlineData("argocd-app", "gitops-team")]
    [InlineData("vault-space", "security-team")]
    public async Task Platform_types_beyond_score_k8s_are_offered(string type, string provider)
    {
        var catalog = TestProviders.Catalog();
        await catalog.ReloadAsync(CancellationToken.None);

        var resolution = catalog.Resolve(type);

        Assert.NotNull(resolution);
        Assert.Equal(provider, resolution.Provider.Name);
        Assert.All(Enum.GetValues<ResourceOperation>(), o => Assert.NotEmpty(resolution.WorkflowFor(o).Steps));
    }

    [Fact]
    public async Task Credentials_are_declared_as_secret_outputs()
    {
        var catalog = TestProviders.Catalog();
        await catalog.ReloadAsync(CancellationToken.None);

        var outputs = catalog.Providers.SelectMany(p => p.ResourceTypes).SelectMany(t => t.Outputs.Select(o => (t.Type, Output: o))).ToList();

        var credentials = outputs.Where(o => o.Output.Name is "password" or "connection" or "secret_key" or "aws_secret_key").ToList();
        Assert.NotEmpty(credentials);
        Assert.All(credentials, o => Assert.True(o.Output.Secret, $"{o.Type}.{o.Output.Name} must be secret"));
        Assert.DoesNotContain(outputs, o => o.Output.Name is "host" or "port" && o.Output.Secret);
    }

    private static List<(string Type, IReadOnlyList<string> Outputs)> ReadScoreK8sProvisioners()
    {
        var document = YamlJson.Parse(File.ReadAllText(SharedReference.ScoreK8sProvisioners));
        Assert.True(document.IsValid);
        return [.. document.Value!.AsArray()
            .Select(p => (Type: JsonRead.String(p!["type"])!, Outputs: JsonRead.Strings(p["expected_outputs"])))
            .Where(p => p.Type != ExampleType)];
    }
}
