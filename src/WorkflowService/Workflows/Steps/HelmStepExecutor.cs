using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Workflows.Definitions;
using Innominatus.WorkflowService.Workflows.Engine;
using Innominatus.WorkflowService.Workflows.Helm;
using Innominatus.WorkflowService.Workflows.Kubernetes;
using Innominatus.WorkflowService.Workflows.Processes;
using Innominatus.WorkflowService.Workflows.Tenancy;

namespace Innominatus.WorkflowService.Workflows.Steps;

/// <summary>
/// <c>helm</c>: installs or upgrades (<c>helm upgrade --install</c>, atomic and waiting unless told otherwise),
/// uninstalls or tests <c>config.release</c> in <c>config.namespace</c> (default: the application's namespace, created
/// for the run's owner like a kubernetes step's), with <c>config.values</c> and <c>config.secretValues</c> as files in
/// the step's private workspace. helm's output is the step log, secret values masked; the outputs are the release's
/// name, namespace, revision and status, and for an install <c>changed</c>: an install whose chart, version and values
/// equal the deployed release's (<see cref="HelmConfigDigest"/>) is skipped unless <c>skipUnchanged: false</c>.
/// </summary>
/// <remarks>
/// helm runs a process with the engine's cluster credentials: like script and terraform steps it belongs to platform
/// workflows, and a tenant run's helm step is refused here too (<see cref="TenantStepRules"/>), whatever was stored.
/// </remarks>
public sealed class HelmStepExecutor(HelmRunner helm, HelmSecretValues secretValues, NamespaceOwnership namespaces, KubernetesConnection connection, KubernetesApplier applier) : IStepExecutor
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(5);

    public string Type => StepTypes.Helm;

    public async Task<StepOutcome> ExecuteAsync(StepRun run, CancellationToken cancellationToken)
    {
        if (run.Owner is { Tenant: true })
        {
            return StepOutcome.Failure($"Step type 'helm' is not allowed in {TenantStepRules.Scope}: process-running steps belong to platform workflows");
        }
        if (HelmStepRule.Problems(run.Config) is { Count: > 0 } problems)
        {
            return StepOutcome.Failure(string.Join("; ", problems));
        }
        if (helm.Program is not { } program)
        {
            return StepOutcome.Failure(helm.NotInstalled) with { Final = true };
        }
        var release = run.ConfigString("release")!;
        var ns = run.ConfigString("namespace") ?? run.Scope.ApplicationNamespace;
        var timeout = HelmTimeout(run);
        var wait = run.Config["wait"]?.GetValue<bool>() != false;
        try
        {
            using var workspace = helm.Sandbox.CreateWorkspace(run.ExecutionId, run.StepId, keep: false);
            var call = new HelmCall(program, workspace, run.Log);
            var operation = HelmStepRule.Operation(run.Config);
            if (operation == HelmStepRule.Uninstall)
            {
                if (await UnlabelledNamespaceAsync(run, release, ns, cancellationToken))
                {
                    return StepOutcome.Success(new JsonObject { ["release"] = release, ["namespace"] = ns, ["left"] = true });
                }
                return await RunAsync(call, HelmArguments.Uninstall(release, ns, wait, timeout), "uninstall", () => Task.FromResult(new JsonObject { ["release"] = release, ["namespace"] = ns }), cancellationToken);
            }
            if (operation == HelmStepRule.Test)
            {
                return await RunAsync(call, HelmArguments.Test(release, ns, timeout), "test", () => StatusAsync(call, release, ns, cancellationToken), cancellationToken);
            }
            return await InstallAsync(run, call, release, ns, timeout, wait, cancellationToken);
        }
        catch (Exception e) when (e is WorkspaceException or KubernetesStepException or System.ComponentModel.Win32Exception)
        {
            return StepOutcome.Failure(e.Message);
        }
        catch (HttpRequestException e)
        {
            return StepOutcome.Failure(NoKubernetesClusterException.Unreachable(connection.Server, e.Message));
        }
    }

    private sealed record HelmCall(string Program, StepWorkspace Workspace, IStepLog Log);

    private async Task<StepOutcome> InstallAsync(StepRun run, HelmCall call, string release, string ns, TimeSpan timeout, bool wait, CancellationToken cancellationToken)
    {
        var configured = HelmChart.From(run.Config);
        var chart = configured.IsFolder ? configured.CopyInto(helm.Sandbox.ResolveWorkingDirectory(configured.Reference), call.Workspace.Path) : configured;
        if (run.Config["createNamespace"]?.GetValue<bool>() != false)
        {
            await namespaces.EnsureAsync(ns, run.Owner, cancellationToken);
        }
        var secrets = await secretValues.ResolveAsync(run.Config, ns, cancellationToken);
        var files = new List<string>();
        string? secretFile = null;
        try
        {
            if (run.Config["values"] is JsonObject values)
            {
                files.Add(await HelmValues.WriteAsync(call.Workspace.Path, "values.json", values, cancellationToken));
            }
            if (secrets.Count > 0)
            {
                secretFile = await HelmValues.WriteAsync(call.Workspace.Path, "secret-values.json", HelmValues.Nest(secrets), cancellationToken);
                files.Add(secretFile);
            }
            var masked = call with { Log = new MaskingLog(run.Log, new SecretValues(secrets.Select(s => s.Value))) };
            var digest = HelmConfigDigest.Compute(configured, configured.IsFolder ? chart.Reference : null, run.Config["values"] as JsonObject, secrets);
            if (run.Config["skipUnchanged"]?.GetValue<bool>() != false && await DeployedWithAsync(masked, release, ns, digest, cancellationToken))
            {
                run.Log.Write($"release {release} in {ns} is already deployed with this chart, version and values: skipped, not upgraded (skipUnchanged)");
                var unchanged = await StatusAsync(masked, release, ns, cancellationToken);
                unchanged["changed"] = false;
                return StepOutcome.Success(unchanged);
            }
            var atomic = run.Config["atomic"]?.GetValue<bool>() != false;
            var arguments = HelmArguments.Install(release, ns, chart, files, atomic, wait, timeout, digest);
            return await RunAsync(masked, arguments, "upgrade --install", async () =>
            {
                var outputs = await StatusAsync(masked, release, ns, cancellationToken);
                outputs["changed"] = true;
                return outputs;
            }, cancellationToken);
        }
        finally
        {
            HelmValues.Delete(secretFile);
        }
    }

    private async Task<StepOutcome> RunAsync(HelmCall call, List<string> arguments, string command, Func<Task<JsonObject>> outputs, CancellationToken cancellationToken)
    {
        var watch = new ForbiddenWatch(call.Log);
        var exitCode = await helm.RunAsync(call.Program, arguments, call.Workspace, cluster: true, watch, null, cancellationToken);
        return exitCode == 0
            ? StepOutcome.Success(await outputs())
            : StepOutcome.Failure($"helm {command} exited with code {exitCode}" + (watch.Forbidden is { } forbidden ? $": {forbidden}" : ""));
    }

    /// <summary>
    /// <c>namespaceLabel: key[=value]</c> on an uninstall: a release in a namespace without that label belongs to
    /// someone else (a same-named namespace the caller did not make) and is left, saying so in the log.
    /// </summary>
    private async Task<bool> UnlabelledNamespaceAsync(StepRun run, string release, string ns, CancellationToken cancellationToken)
    {
        if (LabelRequirement.From(run.Config, "namespaceLabel") is not { } label
            || await applier.GetAsync(new KubernetesObjectRef("v1", "Namespace", "namespaces", false, null, ns), cancellationToken) is not { } current
            || label.IsMetBy(current))
        {
            return false;
        }
        run.Log.Write($"left release {release}: namespace {ns} does not carry the label {label}, so the release is not uninstalled");
        return true;
    }

    /// <summary>
    /// Whether the release is deployed with exactly this config (its digest label); a failed lookup (helm's words in the
    /// log) counts as "not", and the install that follows says what is wrong.
    /// </summary>
    private async Task<bool> DeployedWithAsync(HelmCall call, string release, string ns, string digest, CancellationToken cancellationToken)
    {
        var captured = new CapturedOutput();
        var exitCode = await helm.RunAsync(call.Program, HelmArguments.DeployedWithDigest(release, ns, digest), call.Workspace, cluster: true, captured, call.Log, cancellationToken);
        try
        {
            return exitCode == 0 && JsonNode.Parse(captured.Text) is JsonArray releases
                && releases.Any(r => r?["name"]?.ToString() == release && r["status"]?.ToString() == "deployed");
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

    /// <summary>The release's status as outputs; helm's JSON also holds the values, so it is read here and never logged.</summary>
    private async Task<JsonObject> StatusAsync(HelmCall call, string release, string ns, CancellationToken cancellationToken)
    {
        var captured = new CapturedOutput();
        var exitCode = await helm.RunAsync(call.Program, HelmArguments.Status(release, ns), call.Workspace, cluster: true, captured, call.Log, cancellationToken);
        var outputs = new JsonObject { ["release"] = release, ["namespace"] = ns };
        if (exitCode == 0 && JsonNode.Parse(captured.Text) is JsonObject status)
        {
            outputs["revision"] = status["version"]?.DeepClone();
            outputs["status"] = status["info"]?["status"]?.DeepClone();
        }
        return outputs;
    }

    /// <summary>helm's own <c>--timeout</c>: <c>config.timeout</c> (default 5m), never beyond the step's timeout.</summary>
    internal static TimeSpan HelmTimeout(StepRun run)
    {
        var wanted = WorkflowDuration.TryParse(run.ConfigString("timeout"), out var given) ? given : DefaultTimeout;
        return run.Timeout is { } step && step < wanted ? step : wanted;
    }
}
