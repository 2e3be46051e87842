using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Workflows.Kubernetes;
using Innominatus.WorkflowService.Workflows.Tenancy;

namespace Innominatus.WorkflowService.Workflows.Steps;

/// <summary>
/// <c>kubernetes</c>: server-side applies <c>config.manifest</c> (YAML, several documents allowed) or
/// <c>config.manifests</c> into <c>config.namespace</c> (default: the application's name, created when missing), waits
/// as <c>config.wait</c> says, and deletes them (what is already gone counts as deleted) for <c>operation: delete</c>
/// (with <c>onlyIfLabelled: key[=value]</c>, only those carrying that label).
/// </summary>
/// <remarks>
/// In a tenant run the namespace is the application's, whatever the config says, and only namespaced objects are
/// applied, into a namespace the engine created for the team, without taking over another manager's fields.
/// </remarks>
public sealed class KubernetesStepExecutor(KubernetesApplier applier, NamespaceOwnership namespaces, KubernetesReadiness readiness, SecretEnsurer secrets, KubernetesConnection connection) : IStepExecutor
{
    public string Type => "kubernetes";

    public async Task<StepOutcome> ExecuteAsync(StepRun run, CancellationToken cancellationToken)
    {
        try
        {
            var tenant = run.Owner is { Tenant: true } ? run.Owner : null;
            var ns = tenant?.Namespace ?? run.ConfigString("namespace") ?? run.Scope.ApplicationNamespace;
            if (Definitions.EnsureSecretRule.Applies(run.Config))
            {
                return await EnsureSecretAsync(run, ns, tenant, cancellationToken);
            }
            var manifests = Manifests(run.Config);
            var delete = run.ConfigString("operation") == "delete";
            var targets = new List<(KubernetesObjectRef Ref, JsonObject Manifest)>();
            foreach (var manifest in manifests)
            {
                var target = await applier.ResolveAsync(manifest, ns, cancellationToken);
                if (tenant is not null)
                {
                    KeepToOwnNamespace(target, ns);
                }
                targets.Add((target, manifest));
            }
            if (tenant is not null && (delete || run.Config["createNamespace"]?.GetValue<bool>() == false))
            {
                await namespaces.CheckAsync(ns, tenant, cancellationToken);
            }
            if (delete)
            {
                var left = await LeaveUnlabelledAsync(run, targets, cancellationToken);
                var deleting = targets.Where(t => !left.Contains(t.Ref)).ToList();
                foreach (var (target, _) in Enumerable.Reverse(deleting))
                {
                    run.Log.Write(await applier.DeleteAsync(target, cancellationToken) ? $"deleted {target}" : $"{target} was already gone");
                }
                await WaitAsync(run, deleting, cancellationToken);
                return StepOutcome.Success(new JsonObject { ["namespace"] = ns, ["deleted"] = deleting.Count, ["left"] = left.Count });
            }
            if (targets.Any(t => t.Ref.Namespaced) && run.Config["createNamespace"]?.GetValue<bool>() != false)
            {
                await namespaces.EnsureAsync(ns, run.Owner, cancellationToken);
            }
            foreach (var (target, manifest) in targets)
            {
                await applier.ApplyAsync(target, manifest, dryRun: false, tenant, cancellationToken);
                run.Log.Write($"applied {target}");
            }
            await WaitAsync(run, targets, cancellationToken);
            return StepOutcome.Success(new JsonObject { ["namespace"] = ns, ["applied"] = targets.Count });
        }
        catch (KubernetesStepException e)
        {
            return StepOutcome.Failure(e.Message);
        }
        catch (HttpRequestException e)
        {
            return StepOutcome.Failure(NoKubernetesClusterException.Unreachable(connection.Server, e.Message));
        }
    }

    /// <summary>
    /// The namespace is checked (tenant) or created for the owner exactly as for an apply; the values are outputs
    /// declared secret, so they are stored sealed and masked wherever the run is shown.
    /// </summary>
    private async Task<StepOutcome> EnsureSecretAsync(StepRun run, string ns, RunOwner? tenant, CancellationToken cancellationToken)
    {
        var config = EnsureSecretConfig.Read(run.Config);
        if (run.Config["createNamespace"]?.GetValue<bool>() == false)
        {
            if (tenant is not null)
            {
                await namespaces.CheckAsync(ns, tenant, cancellationToken);
            }
        }
        else
        {
            await namespaces.EnsureAsync(ns, run.Owner, cancellationToken);
        }
        var (values, generated) = await secrets.EnsureAsync(config, ns, run.Owner, cancellationToken);
        var kept = config.Keys.Except(generated).ToList();
        run.Log.Write($"Secret {ns}/{config.Name}: " + string.Join("; ", new[]
        {
            kept.Count > 0 ? $"kept {string.Join(", ", kept)}" : null,
            generated.Count > 0 ? $"generated {string.Join(", ", generated)}" : null,
        }.OfType<string>()));
        return StepOutcome.Success(values) with { SecretOutputNames = config.Keys.ToHashSet(StringComparer.Ordinal) };
    }

    /// <summary>
    /// <c>onlyIfLabelled: key[=value]</c> on a delete: an object that exists without that label was not made by whoever
    /// asked for the delete (a same-named namespace of someone else's), so it is left, and the log says so.
    /// </summary>
    private async Task<HashSet<KubernetesObjectRef>> LeaveUnlabelledAsync(StepRun run, List<(KubernetesObjectRef Ref, JsonObject Manifest)> targets, CancellationToken cancellationToken)
    {
        var left = new HashSet<KubernetesObjectRef>();
        if (LabelRequirement.From(run.Config, "onlyIfLabelled") is not { } label)
        {
            return left;
        }
        foreach (var (target, _) in targets)
        {
            if (await applier.GetAsync(target, cancellationToken) is { } current && !label.IsMetBy(current))
            {
                left.Add(target);
                run.Log.Write($"left {target}: it does not carry the label {label}, so this step did not make it and does not delete it");
            }
        }
        return left;
    }

    /// <summary>Discovery, not the kind's name, says whether an object is cluster-scoped: CRD kinds included.</summary>
    private static void KeepToOwnNamespace(KubernetesObjectRef target, string ns)
    {
        if (!target.Namespaced)
        {
            throw new KubernetesStepException(TenantStepRules.ClusterScoped(target.Kind));
        }
        if (target.Namespace != ns)
        {
            throw new KubernetesStepException(TenantStepRules.OtherNamespace(target.Namespace!, ns));
        }
    }

    /// <summary><c>wait: true</c>, or <c>wait: {for: ready|complete|deleted, timeout: 5m}</c>.</summary>
    private async Task WaitAsync(StepRun run, List<(KubernetesObjectRef Ref, JsonObject Manifest)> targets, CancellationToken cancellationToken)
    {
        if (run.Config["wait"] is not { } wait || wait.ToString() == "false")
        {
            return;
        }
        var condition = (wait as JsonObject)?["for"]?.ToString() ?? (run.ConfigString("operation") == "delete" ? "deleted" : "ready");
        var timeout = Definitions.WorkflowDuration.TryParse((wait as JsonObject)?["timeout"]?.ToString(), out var given) ? given : TimeSpan.FromMinutes(5);
        await readiness.WaitAsync(targets.Select(t => t.Ref).ToList(), condition, timeout, run.Log, cancellationToken);
    }

    /// <summary>The engine read <c>config.manifest</c> and <c>config.manifests</c> into objects before filling in placeholders.</summary>
    private static List<JsonObject> Manifests(JsonObject config)
    {
        var list = (config["manifests"] as JsonArray ?? []).OfType<JsonObject>().Select(m => (JsonObject)m.DeepClone()).ToList();
        return list.Count > 0 ? list : throw new KubernetesStepException("config.manifest or config.manifests must hold at least one object");
    }
}
