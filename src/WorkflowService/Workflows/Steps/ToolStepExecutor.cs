using System.Diagnostics;
using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Workflows.Processes;

namespace Innominatus.WorkflowService.Workflows.Steps;

/// <summary>
/// <c>terraform</c> (init + apply in <c>config.workingDir</c>, <c>config.vars</c> as <c>TF_VAR_name</c>, outputs from
/// <c>terraform output -json</c>, sensitive ones masked) and <c>ansible</c> (<c>ansible-playbook config.playbook</c> in
/// <c>config.workingDir</c>, <c>config.vars</c> as an extra-variables file): run when the tool is installed, a clear
/// step error when it is not. <c>workingDir</c> lies inside <c>Workspaces:Root</c>; the tools run confined like scripts
/// (<see cref="ProcessSandbox"/>), and no value ever becomes part of a command line.
/// </summary>
/// <remarks>With <c>Workflows:ProcessSteps:Runner=kubernetes-job</c> the tool runs in a Kubernetes Job instead (<see cref="ToolStepJob"/>).</remarks>
public sealed class ToolStepExecutor(string type, ProcessSandbox sandbox, Jobs.JobStepRunner? jobs = null) : IStepExecutor
{
    public string Type => type;

    public async Task<StepOutcome> ExecuteAsync(StepRun run, CancellationToken cancellationToken)
    {
        var program = type == "terraform" ? "terraform" : "ansible-playbook";
        var asJob = jobs is { Options.UsesJobs: true };
        var path = asJob ? null : ProcessRunner.FindOnPath(program);
        if (!asJob && path is null)
        {
            return StepOutcome.Failure($"{program} is not installed on this worker: install it on the workflow service's machine, or run the step elsewhere.");
        }
        try
        {
            // Not the service's own folder by default: a tool run there could write anywhere in the deployment.
            var workingDir = run.ConfigString("workingDir") is { } requested ? sandbox.ResolveWorkingDirectory(requested) : null;
            if (workingDir is null || !Directory.Exists(workingDir))
            {
                return StepOutcome.Failure($"config.workingDir must name an existing folder inside Workspaces:Root (got '{run.ConfigString("workingDir")}')");
            }
            if (asJob)
            {
                return await ToolStepJob.RunAsync(type, jobs!, sandbox, run, workingDir, cancellationToken);
            }
            using var workspace = sandbox.CreateWorkspace(run.ExecutionId, run.StepId, run.Config["keepWorkspace"]?.ToString() == "true");
            var tool = new ConfinedTool(path!, workingDir, workspace, StepEnvironment.Declared(run.Config).ToList());
            return type == "terraform" ? await TerraformAsync(tool, run, cancellationToken) : await AnsibleAsync(tool, run, cancellationToken);
        }
        catch (WorkspaceException e)
        {
            return StepOutcome.Failure(e.Message);
        }
    }

    private sealed record ConfinedTool(string Program, string WorkingDir, StepWorkspace Workspace, List<KeyValuePair<string, string>> Variables);

    private async Task<ProcessStartInfo> StartAsync(ConfinedTool tool, IEnumerable<string> arguments, IEnumerable<KeyValuePair<string, string>> variables, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(tool.Program) { WorkingDirectory = tool.WorkingDir };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        await sandbox.ConfineAsync(start, tool.Workspace, tool.Variables.Concat(variables), [tool.WorkingDir], cancellationToken);
        return start;
    }

    private async Task<StepOutcome> TerraformAsync(ConfinedTool terraform, StepRun run, CancellationToken cancellationToken)
    {
        var vars = TerraformVars(run).ToList();
        foreach (var arguments in new[] { "init -input=false -no-color", "apply -input=false -auto-approve -no-color" })
        {
            var (exit, _) = await ProcessRunner.RunAsync(await StartAsync(terraform, arguments.Split(' '), vars, cancellationToken), run.Log, cancellationToken);
            if (exit != 0)
            {
                return StepOutcome.Failure($"terraform {arguments.Split(' ')[0]} exited with code {exit}");
            }
        }
        var capture = new CapturingLog();
        await ProcessRunner.RunAsync(await StartAsync(terraform, ["output", "-json", "-no-color"], [], cancellationToken), capture, cancellationToken, errors: run.Log);
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

    private async Task<StepOutcome> AnsibleAsync(ConfinedTool ansible, StepRun run, CancellationToken cancellationToken)
    {
        if (PlaybookRefusal(run) is { } refusal)
        {
            return StepOutcome.Failure(refusal);
        }
        var arguments = new List<string> { run.ConfigString("playbook")! };
        if (run.Config["vars"] is JsonObject vars)
        {
            // A file, not the command line: values stay data whatever they hold.
            var file = Path.Combine(ansible.Workspace.Path, "extra-vars.json");
            await File.WriteAllTextAsync(file, vars.ToJsonString(), cancellationToken);
            arguments.AddRange(["--extra-vars", "@" + file]);
        }
        var (exit, outputs) = await ProcessRunner.RunAsync(await StartAsync(ansible, arguments, [], cancellationToken), run.Log, cancellationToken);
        return exit == 0 ? StepOutcome.Success(outputs) : StepOutcome.Failure($"ansible-playbook exited with code {exit}");
    }

    /// <summary>Why <c>config.playbook</c> cannot be run, if it cannot: missing, or an option rather than a file name.</summary>
    internal static string? PlaybookRefusal(StepRun run) => run.ConfigString("playbook") switch
    {
        null => "config.playbook is required",
        var playbook when playbook.StartsWith('-') => $"config.playbook names a file, not an option (got '{playbook}')",
        _ => null,
    };

    internal static IEnumerable<KeyValuePair<string, string>> TerraformVars(StepRun run) =>
        (run.Config["vars"] as JsonObject ?? []).Select(v => KeyValuePair.Create("TF_VAR_" + v.Key, v.Value is JsonValue text && text.TryGetValue<string>(out var s) ? s : v.Value?.ToJsonString() ?? ""));

    private sealed class CapturingLog : IStepLog
    {
        private readonly System.Text.StringBuilder text = new();

        public string Text => text.ToString();

        public void Write(string line) => text.AppendLine(line);
    }
}
