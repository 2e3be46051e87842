using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Workflows.Kubernetes;

namespace Innominatus.WorkflowService.Workflows.Tenancy;

/// <summary>
/// Which team an application's namespace belongs to: the engine labels a namespace it creates for a run with the
/// run's team, and puts a team's objects only into a namespace with that team's label. A namespace innominatus did
/// not create (no label) is left to platform workflows, as before; a Score file's workflows may not use it.
/// A namespace it creates also enforces a Pod Security level (<c>Workflows:PodSecurity</c>, default <c>baseline</c>,
/// empty for none): a team's namespaced objects cannot become a privileged pod on a node.
/// </summary>
public sealed class NamespaceOwnership(KubernetesApplier applier, ReservedNamespaces reserved, IConfiguration configuration)
{
    /// <summary>The label the shipped namespace provider and golden paths already set.</summary>
    public const string TeamLabel = "innominatus.dev/team";
    public const string ManagedByLabel = "app.kubernetes.io/managed-by";

    /// <summary>A manager of its own, so a platform workflow applying the same Namespace without the label cannot drop it.</summary>
    public const string FieldManager = "innominatus-tenancy";

    /// <summary>Creates the namespace (labelled for the owner's team) or checks that the existing one is the team's.</summary>
    public async Task EnsureAsync(string ns, RunOwner? owner, CancellationToken cancellationToken)
    {
        if (owner is null || ns != owner.Namespace)
        {
            await applier.EnsureNamespaceAsync(ns, cancellationToken);
            return;
        }
        if (await CheckAsync(ns, owner, cancellationToken))
        {
            return;
        }
        var labels = new JsonObject { [TeamLabel] = owner.Team, [ManagedByLabel] = "innominatus" };
        if ((configuration["Workflows:PodSecurity"] ?? "baseline") is { Length: > 0 } level)
        {
            labels["pod-security.kubernetes.io/enforce"] = level;
        }
        var manifest = new JsonObject { ["apiVersion"] = "v1", ["kind"] = "Namespace", ["metadata"] = new JsonObject { ["name"] = ns, ["labels"] = labels } };
        await applier.ApplyAsync(await applier.ResolveAsync(manifest, ns, cancellationToken), manifest, FieldManager, force: true, dryRun: false, cancellationToken);
    }

    /// <summary>False when the namespace does not exist yet; throws, naming the rule, when the team may not use it.</summary>
    public async Task<bool> CheckAsync(string ns, RunOwner owner, CancellationToken cancellationToken)
    {
        if (reserved.IsReserved(ns))
        {
            throw new KubernetesStepException(reserved.Refusal(ns));
        }
        var existing = await applier.GetAsync(new KubernetesObjectRef("v1", "Namespace", "namespaces", false, null, ns), cancellationToken);
        if (existing is null)
        {
            return false;
        }
        var team = existing["metadata"]?["labels"]?[TeamLabel]?.ToString();
        if (team == owner.Team || (team is null && !owner.Tenant))
        {
            return true;
        }
        throw new KubernetesStepException(team is null
            ? $"namespace {ns} was not created by innominatus for team {owner.Team} (it has no {TeamLabel} label): {TenantStepRules.Scope} apply objects only into namespaces the engine created for their team"
            : $"namespace {ns} belongs to another team: a team's objects go only into namespaces innominatus created for that team");
    }
}
