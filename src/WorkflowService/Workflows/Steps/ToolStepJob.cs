using System.Text.Json;
using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Workflows.Jobs;
using Innominatus.WorkflowService.Workflows.Kubernetes;
using Innominatus.WorkflowService.Workflows.Processes;

namespace Innominatus.WorkflowService.Workflows.Steps;

/// <summary>
/// A <c>terraform</c> or <c>ansible</c> step as a Kubernetes Job (<see cref="ToolStepExecutor"/> with
/// <c>Workflows:ProcessSteps:Runner=kubernetes-job</c>): <c>config.workingDir</c> travels in the Job's Secret
/// (<see cref="JobFolder"/>), the tool runs there (<see cref="ToolJobScripts"/>), terraform keeps its state in the
/// namespace (<see cref="TerraformBackend"/>). <c>config.vars</c> are <c>TF_VAR_</c> variables of the env Secret, or
/// ansible's extra-variables file; the pod's log is the step's log and its exit code the outcome.
/// </summary>
public static class ToolStepJob
{
    private static readonly HashSet<string> TerraformCaches = new(StringComparer.Ordinal) { ".terraform" };

    public static async Task<StepOutcome> RunAsync(string type, JobStepRunner runner, ProcessSandbox sandbox, StepRun run, string workingDir, CancellationToken cancellationToken)
    {
        var program = type == "terraform" ? "terraform" : "ansible-playbook";
        try
        {
            var variables = JobEnvironment.Base(sandbox.Options);
            variables.AddRange(StepEnvironment.Declared(run.Config));
            if (type == "terraform" && TerraformBackend.LocalStateRefusal(workingDir) is { } localState)
            {
                return StepOutcome.Failure(localState);
            }
            var ns = await runner.NamespaceAsync(run, cancellationToken);
            var files = JobFolder.Pack(workingDir, ToolJobScripts.Module, type == "terraform" ? TerraformCaches : new HashSet<string>());
            if (type == "terraform")
            {
                files[ToolJobScripts.Script] = ToolJobScripts.Terraform;
                files[ToolJobScripts.Module + TerraformBackend.OverrideFile] =
                    TerraformBackend.Override(ns, TerraformBackend.SecretSuffix(run.Application, run.Workflow, run.Resource, run.Step));
                variables.AddRange(ToolStepExecutor.TerraformVars(run));
            }
            else
            {
                if (ToolStepExecutor.PlaybookRefusal(run) is { } refusal)
                {
                    return StepOutcome.Failure(refusal);
                }
                files[ToolJobScripts.Script] = ToolJobScripts.Ansible;
                variables.Add(new("INNOMINATUS_PLAYBOOK", run.ConfigString("playbook")!));
                if (run.Config["vars"] is JsonObject vars)
                {
                    files[ToolJobScripts.ExtraVars] = vars.ToJsonString();
                }
            }
            var spec = new JobStepSpec(run.ExecutionId, run.StepId, run.Step, ns, ["bash", JobStepSpec.Workspace + "/" + ToolJobScripts.Script],
                variables, files, run.Timeout ?? TimeSpan.FromMinutes(30));
            var (exitCode, message, outputs) = await runner.RunAsync(spec, run.Log, cancellationToken);
            if (exitCode == ToolJobScripts.MissingTool)
            {
                return StepOutcome.Failure($"{program} is not installed in the step image {runner.Options.JobImage}: build innominatus/tools on a machine that has {program} (eng/build-images.sh) or set Workflows:ProcessSteps:JobImage to an image with it");
            }
            if (exitCode != 0)
            {
                return StepOutcome.Failure(message is { Length: > 0 } ? message.Trim() : $"{program} exited with code {exitCode}");
            }
            return StepOutcome.Success(type == "terraform" ? TerraformOutputs(message) : outputs);
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

    /// <summary>The termination message: the outputs, masked already in the pod (<see cref="ToolJobScripts.Terraform"/>).</summary>
    private static JsonObject TerraformOutputs(string message)
    {
        try
        {
            return JsonNode.Parse(message) as JsonObject ?? throw new KubernetesStepException("the terraform Job returned no outputs object");
        }
        catch (JsonException)
        {
            throw new KubernetesStepException("the terraform Job's outputs are not JSON: its termination message was cut or overwritten");
        }
    }
}
