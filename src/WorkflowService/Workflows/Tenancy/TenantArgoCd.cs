using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Workflows.Kubernetes;

namespace Innominatus.WorkflowService.Workflows.Tenancy;

/// <summary>
/// An argocd-app step of a tenant run: the engine, not the step, says where the Application lives
/// (<c>Workflows:TenantArgoCd:Namespace</c>, default <c>argocd</c>), which ArgoCD project it belongs to
/// (<c>Workflows:TenantArgoCd:Project</c>, default <c>{team}</c>: a project per team limits what it may sync, and a
/// missing one makes ArgoCD refuse the sync) and where it syncs to (the application's namespace). The Application
/// carries the team's label, and one of another team is never touched.
/// </summary>
public sealed class TenantArgoCd(IConfiguration configuration)
{
    public string Namespace => configuration["Workflows:TenantArgoCd:Namespace"] ?? "argocd";

    public string ProjectOf(string team) => (configuration["Workflows:TenantArgoCd:Project"] ?? "{team}").Replace("{team}", team, StringComparison.Ordinal);

    /// <summary>The step's config with everything the engine sets replaced.</summary>
    public JsonObject Config(JsonObject config, RunOwner owner)
    {
        var copy = (JsonObject)config.DeepClone();
        copy.Remove("namespace");
        copy["project"] = ProjectOf(owner.Team);
        copy["destination"] = new JsonObject { ["server"] = "https://kubernetes.default.svc", ["namespace"] = owner.Namespace };
        if (copy["labels"] is JsonObject labels)
        {
            foreach (var key in labels.Select(l => l.Key).Where(IsEngineLabel).ToList())
            {
                labels.Remove(key);
            }
        }
        return copy;
    }

    public static bool IsEngineLabel(string key) =>
        key.StartsWith("innominatus.dev/", StringComparison.Ordinal) || key.StartsWith("innominatus.io/", StringComparison.Ordinal) || key.StartsWith("app.kubernetes.io/", StringComparison.Ordinal);

    public static void Label(JsonObject manifest, RunOwner owner)
    {
        var metadata = (JsonObject)manifest["metadata"]!;
        var labels = metadata["labels"] as JsonObject ?? [];
        labels[NamespaceOwnership.TeamLabel] = owner.Team;
        metadata["labels"] = labels;
    }

    /// <summary>Throws, naming the rule, when an Application of that name exists and is not the team's.</summary>
    public static void CheckExisting(JsonObject? existing, KubernetesObjectRef target, RunOwner owner)
    {
        if (existing is not null && existing["metadata"]?["labels"]?[NamespaceOwnership.TeamLabel]?.ToString() != owner.Team)
        {
            throw new KubernetesStepException($"{target} is not team {owner.Team}'s: {TenantStepRules.Scope} act only on ArgoCD Applications the engine created for their team");
        }
    }
}
