using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Innominatus.WorkflowService.Workflows.Steps;

/// <summary>
/// <c>terraform</c> (init + apply in <c>config.workingDir</c>, <c>config.vars</c> as <c>TF_VAR_name</c>, outputs from
/// <c>terraform output -json</c>, sensitive ones masked) and <c>ansible</c> (<c>ansible-playbook config.playbook</c> in
/// <c>config.workingDir</c>, <c>config.vars</c> as extra variables): run when the tool is installed, a clear step error
/// when it is not.
/// </summary>
public sealed class ToolStepExecutor(string type) : IStepExecutor
{
    public string Type => type;

    public async Task<StepOutcome> ExecuteAsync(StepRun run, CancellationToken cancellationToken)
    {
        var program = type == "terraform" ? "terraform" : "ansible-playbook";
        var path = ProcessRunner.FindOnPath(program);
        if (path is null)
        {
            return StepOutcome.Failure($"{program} is not installed on this worker: install it on the workflow service's machine, or run the step elsewhere.");
        }
        // Not the service's own folder by default: a tool run there could write anywhere in the deployment.
        if (run.ConfigString("workingDir") is not { } workingDir || !Directory.Exists(workingDir))
        {
            return StepOutcome.Failure($"config.workingDir must name an existing folder (got '{run.ConfigString("workingDir")}')");
        }
        return type == "terraform" ? await TerraformAsync(path, workingDir, run, cancellationToken) : await AnsibleAsync(path, workingDir, run, cancellationToken);
    }

    private static async Task<StepOutcome> TerraformAsync(string terraform, string workingDir, StepRun run, CancellationToken cancellationToken)
    {
        foreach (var arguments in new[] { "init -input=false -no-color", "apply -input=false -auto-approve -no-color" })
        {
            var (exit, _) = await ProcessRunner.RunAsync(WithVars(new ProcessStartInfo(terraform, arguments) { WorkingDirectory = workingDir }, run), run.Log, cancellationToken);
            if (exit != 0)
            {
                return StepOutcome.Failure($"terraform {arguments.Split(' ')[0]} exited with code {exit}");
            }
        }
        var capture = new CapturingLog();
        await ProcessRunner.RunAsync(new ProcessStartInfo(terraform, "output -json -no-color") { WorkingDirectory = workingDir }, capture, cancellationToken, errors: run.Log);
        var outputs = new JsonObject();
        if (JsonNode.Parse(capture.Text) is JsonObject json)
        {
            foreach (var (name, output) in json)
            {
                outputs[name] = output?["sensitive"]?.GetValue<bool>() == true ? "(sensitive)" : output?["value"]?.DeepClone();
            }
        }
        return StepOutcome.Success(outputs);
    }

    private static async Task<StepOutcome> AnsibleAsync(string ansible, string workingDir, StepRun run, CancellationToken cancellationToken)
    {
        var playbook = run.ConfigString("playbook");
        if (playbook is null)
        {
            return StepOutcome.Failure("config.playbook is required");
        }
        var start = new ProcessStartInfo(ansible) { WorkingDirectory = workingDir };
        start.ArgumentList.Add(playbook);
        if (run.Config["vars"] is JsonObject vars)
        {
            start.ArgumentList.Add("--extra-vars");
            start.ArgumentList.Add(vars.ToJsonString());
        }
        var (exit, outputs) = await ProcessRunner.RunAsync(start, run.Log, cancellationToken);
        return exit == 0 ? StepOutcome.Success(outputs) : StepOutcome.Failure($"ansible-playbook exited with code {exit}");
    }

    private static ProcessStartInfo WithVars(ProcessStartInfo start, StepRun run)
    {
        foreach (var (name, value) in run.Config["vars"] as JsonObject ?? [])
        {
            start.Environment["TF_VAR_" + name] = value is JsonValue text && text.TryGetValue<string>(out var s) ? s : value?.ToJsonString();
        }
        return start;
    }

    private sealed class CapturingLog : IStepLog
    {
        private readonly System.Text.StringBuilder text = new();

        public string Text => text.ToString();

        public void Write(string line) => text.AppendLine(line);
    }
}
