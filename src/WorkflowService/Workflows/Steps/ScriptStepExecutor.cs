using System.Diagnostics;
using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Workflows.Processes;

namespace Innominatus.WorkflowService.Workflows.Steps;

/// <summary>
/// <c>script</c> (and <c>policy</c>, a script whose failure blocks the run): <c>config.script</c> run by
/// <c>config.shell</c> (bash) in a private workspace (<see cref="ProcessSandbox"/>), or in <c>config.workingDir</c>
/// inside <c>Workspaces:Root</c>. A non-zero exit fails the step. Placeholders arrive as environment variables
/// (<see cref="ScriptTemplate"/>), parameters also as <c>PARAM_NAME</c>, <c>config.env</c> as declared; outputs are
/// <c>key=value</c> lines appended to the file <c>$INNOMINATUS_OUTPUTS</c> (or <c>::set-output</c> lines); kubectl
/// sees the cluster of <c>Kubernetes:Kubeconfig</c> when one is configured.
/// </summary>
/// <remarks>With <c>Workflows:ProcessSteps:Runner=kubernetes-job</c> the script runs as a Kubernetes Job instead (<see cref="Jobs.JobStepRunner"/>).</remarks>
public sealed class ScriptStepExecutor(string type, IConfiguration configuration, ProcessSandbox sandbox, Jobs.JobStepRunner? jobs = null) : IStepExecutor
{
    public string Type => type;

    public async Task<StepOutcome> ExecuteAsync(StepRun run, CancellationToken cancellationToken)
    {
        var script = run.ConfigString("script");
        if (string.IsNullOrWhiteSpace(script))
        {
            return StepOutcome.Failure("config.script is empty");
        }
        var shell = run.ConfigString("shell") ?? "bash";
        if (jobs is { Options.UsesJobs: true })
        {
            return await RunAsJobAsync(jobs, run, script, shell, cancellationToken);
        }
        try
        {
            using var workspace = sandbox.CreateWorkspace(run.ExecutionId, run.StepId, run.Config["keepWorkspace"]?.ToString() == "true");
            var start = new ProcessStartInfo(ProcessRunner.FindOnPath(shell) ?? shell) { ArgumentList = { "-c", script } };
            var owned = new List<string>();
            if (run.ConfigString("workingDir") is { } workingDir)
            {
                start.WorkingDirectory = sandbox.ResolveWorkingDirectory(workingDir);
                owned.Add(start.WorkingDirectory);
            }
            var kubeconfig = configuration["Kubernetes:Kubeconfig"] is { Length: > 0 } file ? StepEnvironment.ReadableKubeconfig(file, workspace) : null;
            var variables = StepEnvironment.Declared(run.Config).Concat(EngineVariables(run, workspace.OutputsFile, kubeconfig)).ToList();
            await sandbox.ConfineAsync(start, workspace, variables, owned, cancellationToken);
            var (exitCode, outputs) = await ProcessRunner.RunAsync(start, run.Log, cancellationToken);
            foreach (var (name, value) in OutputLines.KeyValues(await File.ReadAllLinesAsync(workspace.OutputsFile, cancellationToken)))
            {
                outputs[name] = value;
            }
            return exitCode == 0 ? StepOutcome.Success(outputs) : StepOutcome.Failure($"script exited with code {exitCode}");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return StepOutcome.Failure($"cannot start {shell}: {e.Message}");
        }
        catch (WorkspaceException e)
        {
            return StepOutcome.Failure(e.Message);
        }
    }

    private async Task<StepOutcome> RunAsJobAsync(Jobs.JobStepRunner runner, StepRun run, string script, string shell, CancellationToken cancellationToken)
    {
        try
        {
            var files = new Dictionary<string, string> { [".innominatus/script"] = script };
            string? kubeconfig = null;
            if (configuration["Kubernetes:Kubeconfig"] is { Length: > 0 } file && File.Exists(file))
            {
                // Another cluster than the one the Job runs in: the step's kubectl talks to it, as it would locally.
                files[".innominatus/kubeconfig"] = await File.ReadAllTextAsync(file, cancellationToken);
                kubeconfig = Jobs.JobStepSpec.Workspace + "/.innominatus/kubeconfig";
            }
            var variables = Jobs.JobEnvironment.Base(sandbox.Options);
            variables.AddRange(StepEnvironment.Declared(run.Config));
            variables.AddRange(EngineVariables(run, Jobs.JobStepSpec.OutputsFile, kubeconfig));
            var spec = new Jobs.JobStepSpec(run.ExecutionId, run.StepId, run.Step, await runner.NamespaceAsync(run, cancellationToken),
                [shell, Jobs.JobStepSpec.Workspace + "/.innominatus/script"], variables, files, run.Timeout ?? TimeSpan.FromMinutes(30));
            var (exitCode, message, outputs) = await runner.RunAsync(spec, run.Log, cancellationToken);
            foreach (var (name, value) in OutputLines.KeyValues(message.Split('\n')))
            {
                outputs[name] = value;
            }
            return exitCode == 0 ? StepOutcome.Success(outputs) : StepOutcome.Failure($"script exited with code {exitCode}");
        }
        catch (Kubernetes.KubernetesStepException e)
        {
            return StepOutcome.Failure(e.Message);
        }
        catch (HttpRequestException e)
        {
            return StepOutcome.Failure($"cannot reach the Kubernetes API server: {e.Message}");
        }
    }

    private static IEnumerable<KeyValuePair<string, string>> EngineVariables(StepRun run, string outputsFile, string? kubeconfig)
    {
        foreach (var (name, value) in run.Scope.Parameters)
        {
            yield return KeyValuePair.Create("PARAM_" + name.ToUpperInvariant().Replace('-', '_'), value is JsonValue text && text.TryGetValue<string>(out var s) ? s : value?.ToJsonString() ?? "");
        }
        foreach (var value in run.ScriptValues ?? new Dictionary<string, string>())
        {
            yield return value;
        }
        yield return KeyValuePair.Create("INNOMINATUS_EXECUTION_ID", run.ExecutionId.ToString());
        yield return KeyValuePair.Create("INNOMINATUS_IDEMPOTENCY_KEY", run.IdempotencyKey);
        yield return KeyValuePair.Create("INNOMINATUS_OUTPUTS", outputsFile);
        if (kubeconfig is not null)
        {
            yield return KeyValuePair.Create("KUBECONFIG", kubeconfig);
        }
    }
}
