using Innominatus.WorkflowService.GoldenPaths;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Innominatus.UnitTests.GoldenPaths;

public static class TestGoldenPaths
{
    public const string DeployApp = """
        apiVersion: innominatus.dev/v1
        kind: GoldenPath
        metadata: {name: deploy-app, description: Deploys an app, category: deployment, tags: [deploy], estimatedDuration: 5m}
        parameters:
          app_name: {type: string, required: true, pattern: "^[a-z0-9-]+$", description: Application name}
          replicas: {type: integer, default: 2, minimum: 1, maximum: 10, description: Pods}
          environment: {type: string, default: dev, enum: [dev, prod], description: Target environment}
        steps:
          - name: apply
            type: kubernetes
            config: {manifest: "kind: Namespace"}
        outputs:
          url: "http://${parameters.app_name}.example"
        """;

    public static GoldenPathCatalog Catalog(params string[] folders)
    {
        var options = Options.Create(new GoldenPathsOptions { Sources = [.. folders.Select(f => new GoldenPathSourceOptions { Path = f })] });
        return new GoldenPathCatalog(new GoldenPathLoader(options), NullLogger<GoldenPathCatalog>.Instance);
    }
}
