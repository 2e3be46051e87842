using System.Diagnostics;

namespace Innominatus.WorkflowService.Workflows.Steps;

/// <summary>
/// <c>script</c> (and <c>policy</c>, a script whose failure blocks the run): <c>config.script</c> run by
/// <c>config.shell</c> (bash). A non-zero exit fails the step. Parameters arrive as <c>PARAM_NAME</c> variables; outputs
/// are <c>key=value</c> lines appended to the file <c>$INNOMINATUS_OUTPUTS</c> (or <c>::set-output</c> lines); kubectl
/// sees the engine's cluster through <c>KUBECONFIG</c>.
/// </summary>
public sealed class ScriptStepExecutor(string type, IConfiguration configuration) : IStepExecutor
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
        var start = new ProcessStartInfo(ProcessRunner.FindOnPath(shell) ?? shell) { ArgumentList = { "-c", script } };
        if (run.ConfigString("workingDir") is { } workingDir)
        {
            start.WorkingDirectory = workingDir;
        }
        foreach (var (name, value) in run.Scope.Parameters)
        {
            start.Environment["PARAM_" + name.ToUpperInvariant().Replace('-', '_')] = value?.ToString() ?? "";
        }
        start.Environment["INNOMINATUS_EXECUTION_ID"] = run.ExecutionId.ToString();
        start.Environment["INNOMINATUS_IDEMPOTENCY_KEY"] = run.IdempotencyKey;
        if (configuration["Kubernetes:Kubeconfig"] is { Length: > 0 } kubeconfig)
        {
            start.Environment["KUBECONFIG"] = kubeconfig;
        }
        var outputsFile = Path.GetTempFileName();
        start.Environment["INNOMINATUS_OUTPUTS"] = outputsFile;
        try
        {
            var (exitCode, outputs) = await ProcessRunner.RunAsync(start, run.Log, cancellationToken);
            foreach (var line in await File.ReadAllLinesAsync(outputsFile, cancellationToken))
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
        finally
        {
            File.Delete(outputsFile);
        }
    }
}
