using System.Text.Json.Nodes;
using Innominatus.DemoService.Catalogue;
using Innominatus.WorkflowService.Yaml;

namespace Innominatus.DemoService.Installation;

/// <summary>
/// The wiring steps of the platform-config repository: once Gitea is installed (with its generated admin password), a
/// <c>gitea-repo</c> step creates the repository and commits the app-of-apps (<see cref="PlatformConfigFiles"/>);
/// once ArgoCD and every other selected component are installed, an <c>argocd-app</c> step applies the root
/// Application from <c>root.yaml</c>.
/// </summary>
public static class PlatformConfigSteps
{
    public static IEnumerable<JsonObject> For(IReadOnlyList<DemoComponent> components, PlatformConfigTarget? target)
    {
        if (target is null || !components.Contains(target.Gitea))
        {
            yield break;
        }
        var (config, gitea, argocd) = (target.Config, target.Gitea, target.Argocd);
        var files = PlatformConfigFiles.For(target.RepoUrl, argocd.Namespace);
        yield return DemoWorkflows.Step(StepNames.PlatformConfigRepo, "gitea-repo", [StepNames.Install(gitea.Name), StepNames.Credentials(gitea.Name)], new JsonObject
        {
            ["url"] = target.EngineUrl.ToString(),
            ["ownerType"] = "user",
            ["owner"] = config.Owner,
            ["repo"] = config.Repository,
            // Public, so ArgoCD clones it without a repository credential of its own: the demo's Gitea holds nothing
            // but this app-of-apps, which has no secrets in it, and is reachable only inside the cluster and on localhost.
            ["private"] = false,
            ["description"] = "ArgoCD app-of-apps of the Innominatus demo platform (seeded by demo-time)",
            ["message"] = "demo-time: seed the ArgoCD app-of-apps",
            ["files"] = new JsonObject(files.Select(f => KeyValuePair.Create(f.Key, (JsonNode?)JsonValue.Create(f.Value)))),
            // The admin password demo-time generated into a Secret: read by the engine, never written in the workflow.
            ["credentialsSecret"] = new JsonObject
            {
                ["namespace"] = gitea.Namespace,
                ["name"] = gitea.Credentials!.Secret,
                ["username"] = config.Owner,
                ["passwordKey"] = config.PasswordKey,
            },
        });
        if (components.Contains(argocd))
        {
            var root = (JsonObject)YamlJsonReader.Read(files.Single(f => f.Key == PlatformConfigFiles.Root).Value).Root!;
            // Last, after every install: ArgoCD then takes over releases helm made (the demo application) instead of
            // applying them first, which would make helm refuse objects that are not its release's.
            var after = components.Select(c => StepNames.Install(c.Name)).Append(StepNames.PlatformConfigRepo).ToList();
            yield return DemoWorkflows.Step(StepNames.PlatformConfigApp, "argocd-app", after, RootApplication(root, argocd.Namespace));
        }
    }

    /// <summary>The argocd-app config that applies <paramref name="root"/> as written.</summary>
    private static JsonObject RootApplication(JsonObject root, string ns)
    {
        var spec = root["spec"]!;
        var automated = spec["syncPolicy"]?["automated"] as JsonObject;
        return new JsonObject
        {
            ["name"] = root["metadata"]!["name"]!.DeepClone(),
            ["namespace"] = ns,
            ["project"] = spec["project"]?.DeepClone() ?? "default",
            ["source"] = spec["source"]!.DeepClone(),
            ["destination"] = spec["destination"]!.DeepClone(),
            ["syncPolicy"] = new JsonObject
            {
                ["automated"] = automated is not null,
                ["prune"] = automated?["prune"]?.GetValue<bool>() == true,
                ["selfHeal"] = automated?["selfHeal"]?.GetValue<bool>() == true,
                ["syncOptions"] = spec["syncPolicy"]?["syncOptions"]?.DeepClone() ?? new JsonArray(),
            },
            // No resources-finalizer: demo-nuke deletes ArgoCD's namespace, and the finalizer would wait for an ArgoCD
            // that is already gone.
            ["cascade"] = false,
        };
    }
}
