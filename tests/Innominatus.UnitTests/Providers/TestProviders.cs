using Innominatus.WorkflowService.Providers;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Innominatus.UnitTests.Providers;

/// <summary>Writes small but complete providers to disk, the way platform teams would.</summary>
public static class TestProviders
{
    public static void Write(TempFolder folder, string provider, string type, params string[] aliases) =>
        Write(folder.Path, provider, type, aliases);

    public static void Write(string root, string provider, string type, params string[] aliases)
    {
        var directory = Path.Combine(root, provider);
        Directory.CreateDirectory(Path.Combine(directory, "workflows"));
        File.WriteAllText(Path.Combine(directory, "provider.yaml"), $$"""
            apiVersion: innominatus.dev/v1
            kind: Provider
            metadata: {name: {{provider}}, team: {{provider}}, version: 1.0.0, description: Test provider}
            resourceTypes:
              - type: {{type}}
                aliases: [{{string.Join(", ", aliases)}}]
                workflows: {create: create-{{type}}, delete: delete-{{type}}}
                parameters:
                  size: {type: string, default: small, enum: [small, large]}
                outputs:
                  - {name: host}
                  - {name: password, secret: true}
            """);
        File.WriteAllText(Path.Combine(directory, "workflows", $"create-{type}.yaml"), Workflow($"create-{type}", """
            outputs:
              host: "${parameters.app_name}.example"
              password: "${steps.make.outputs.password}"
            """, "  size: {type: string, default: small}\n"));
        File.WriteAllText(Path.Combine(directory, "workflows", $"delete-{type}.yaml"), Workflow($"delete-{type}", ""));
    }

    public static string Workflow(string name, string outputs, string extraParameters = "") => $$"""
        apiVersion: innominatus.dev/v1
        kind: Workflow
        metadata: {name: {{name}}}
        parameters:
          app_name: {type: string, required: true}
        {{extraParameters}}steps:
          - name: make
            type: noop
        {{outputs}}
        """;

    public static ProviderCatalog Catalog(params ProviderSourceOptions[] sources) => Catalog(null, sources);

    public static ProviderCatalog Catalog(string? workDirectory, params ProviderSourceOptions[] sources)
    {
        var options = Options.Create(new ProvidersOptions { Sources = [.. sources], WorkDirectory = workDirectory });
        return new ProviderCatalog(new ProviderSetLoader(options), NullLogger<ProviderCatalog>.Instance);
    }

    public static ProviderCatalog Catalog(TempFolder folder) => Catalog(new ProviderSourceOptions { Path = folder.Path });
}
