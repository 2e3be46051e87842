using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Workflows.Kubernetes;
using Innominatus.WorkflowService.Workflows.Tenancy;

namespace Innominatus.WorkflowService.Workflows.Steps;

/// <summary>
/// <c>argocd-app</c>: server-side applies an ArgoCD Application <c>config.name</c> into <c>config.namespace</c> (where
/// ArgoCD runs, default <c>argocd</c>) syncing <c>repoURL</c>/<c>path</c>/<c>targetRevision</c> (or a whole
/// <c>source</c>) of <c>project</c> into <c>destination.namespace</c> (default: the application's namespace), with
/// <c>syncPolicy: {automated, prune, selfHeal, syncOptions}</c>. <c>cascade: false</c> leaves synced objects behind on
/// delete. <c>wait: {for: synced|healthy, timeout}</c> waits for ArgoCD's verdict; a failed sync fails the step.
/// <c>operation: delete</c> deletes the Application. <c>url</c> (ArgoCD's web address) adds a link to the outputs.
/// </summary>
/// <remarks>In a tenant run the engine sets the namespace, project and destination (see <see cref="TenantArgoCd"/>).</remarks>
public sealed class ArgoCdAppStepExecutor(KubernetesApplier applier, TenantArgoCd tenancy) : IStepExecutor
{
    public string Type => "argocd-app";

    public async Task<StepOutcome> ExecuteAsync(StepRun run, CancellationToken cancellationToken)
    {
        try
        {
            var name = run.ConfigString("name") ?? throw new KubernetesStepException("config.name is required");
            var tenant = run.Owner is { Tenant: true } ? run.Owner : null;
            var config = tenant is null ? run.Config : tenancy.Config(run.Config, tenant);
            var ns = tenant is null ? run.ConfigString("namespace") ?? "argocd" : tenancy.Namespace;
            var delete = run.ConfigString("operation") == "delete";
            var manifest = delete ? ArgoCdApplication.Reference(name, ns) : ArgoCdApplication.Manifest(config, name, ns, run.Scope.ApplicationNamespace, run.Application);
            var target = await applier.ResolveAsync(manifest, ns, cancellationToken);
            if (tenant is not null)
            {
                TenantArgoCd.Label(manifest, tenant);
                TenantArgoCd.CheckExisting(await applier.GetAsync(target, cancellationToken), target, tenant);
            }
            var outputs = new JsonObject { ["name"] = name, ["namespace"] = ns };
            if (run.ConfigString("url") is { } url)
            {
                outputs["url"] = $"{url.TrimEnd('/')}/applications/{ns}/{name}";
            }
            if (delete)
            {
                run.Log.Write(await applier.DeleteAsync(target, cancellationToken) ? $"deleted {target}" : $"{target} was already gone");
                return StepOutcome.Success(outputs);
            }
            await applier.ApplyAsync(target, manifest, dryRun: false, tenant, cancellationToken);
            run.Log.Write($"applied {target} syncing {manifest["spec"]!["source"]!["repoURL"]} into {manifest["spec"]!["destination"]!["namespace"]}");
            var status = await WaitAsync(run, target, cancellationToken);
            outputs["sync"] = status?["sync"]?["status"]?.ToString() ?? "Unknown";
            outputs["health"] = status?["health"]?["status"]?.ToString() ?? "Unknown";
            return StepOutcome.Success(outputs);
        }
        catch (KubernetesStepException e)
        {
            return StepOutcome.Failure(e.Message);
        }
        catch (HttpRequestException e)
        {
            return StepOutcome.Failure($"cannot reach the Kubernetes API server: {e.Message}");
        }
    }

    private async Task<JsonNode?> WaitAsync(StepRun run, KubernetesObjectRef target, CancellationToken cancellationToken)
    {
        var wait = run.Config["wait"];
        var condition = (wait as JsonObject)?["for"]?.ToString() ?? (wait?.ToString() == "true" ? "healthy" : null);
        if (condition is not ("synced" or "healthy"))
        {
            return condition is null or "false" ? null : throw new KubernetesStepException($"wait.for must be synced or healthy, got '{condition}'");
        }
        var timeout = Definitions.WorkflowDuration.TryParse((wait as JsonObject)?["timeout"]?.ToString(), out var given) ? given : TimeSpan.FromMinutes(5);
        var deadline = DateTimeOffset.UtcNow + timeout;
        var backoff = new PollBackoff();
        while (true)
        {
            var status = (await applier.GetAsync(target, cancellationToken))?["status"];
            var (sync, health) = (status?["sync"]?["status"]?.ToString(), status?["health"]?["status"]?.ToString());
            if (status?["operationState"]?["phase"]?.ToString() is "Failed" or "Error")
            {
                throw new KubernetesStepException($"{target} sync failed: {status["operationState"]!["message"]}");
            }
            if (sync == "Synced" && (condition == "synced" || health == "Healthy"))
            {
                run.Log.Write($"{target} {condition} (sync {sync}, health {health ?? "Unknown"})");
                return status;
            }
            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new KubernetesStepException($"{target} not {condition} after {timeout}: sync {sync ?? "Unknown"}, health {health ?? "Unknown"}");
            }
            await backoff.WaitAsync(cancellationToken);
        }
    }
}
