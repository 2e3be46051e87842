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
public sealed class ScriptStepExecutor(string type, IConfiguration configuration, ProcessSandbox sandbox) : IStepExecutor
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
            var variables = StepEnvironment.Declared(run.Config).Concat(EngineVariables(run, workspace)).ToList();
            await sandbox.ConfineAsync(start, workspace, variables, owned, cancellationToken);
            var (exitCode, outputs) = await ProcessRunner.RunAsync(start, run.Log, cancellationToken);
            foreach (var line in await File.ReadAllLinesAsync(workspace.OutputsFile, cancellationToken))
            {
                var equals = line.IndexOf('=');
                if (equals > 0)
                {
                    outputs[line[..equals].Trim()] = line[(equals + 1)..];
                }
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

    private IEnumerable<KeyValuePair<string, string>> EngineVariables(StepRun run, StepWorkspace workspace)
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
        yield return KeyValuePair.Create("INNOMINATUS_OUTPUTS", workspace.OutputsFile);
        if (configuration["Kubernetes:Kubeconfig"] is { Length: > 0 } kubeconfig)
        {
            yield return KeyValuePair.Create("KUBECONFIG", StepEnvironment.ReadableKubeconfig(kubeconfig, workspace));
        }
    }
}
