using Innominatus.ServiceTests.Infrastructure;

namespace Innominatus.ServiceTests.Workflows;

/// <summary><c>terraform</c> and <c>ansible</c> steps run the real tools where they are installed.</summary>
public class ToolStepTests
{
    [ToolFact("terraform")]
    public async Task A_terraform_step_applies_with_the_steps_vars_and_publishes_outputs_with_sensitive_ones_masked()
    {
        var root = Directory.CreateTempSubdirectory("innominatus-terraform-").FullName;
        var module = Directory.CreateDirectory(Path.Combine(root, "module")).FullName;
        // Only Terraform's built-in provider: nothing is downloaded.
        await File.WriteAllTextAsync(Path.Combine(module, "main.tf"), """
            variable "who" { type = string }
            resource "terraform_data" "greeting" { input = "hello ${var.who}" }
            output "greeting" { value = terraform_data.greeting.output }
            output "internal_note" {
              value     = "s3cr3t"
              sensitive = true
            }
            """);
        await using var engine = await EngineHost.StartAsync(new Dictionary<string, string>
        {
            ["infra"] = "  - name: apply\n    type: terraform\n    config: {workingDir: module, vars: {who: \"${parameters.who}\"}}\n",
        }.ToDictionary(p => p.Key, p => "parameters:\n  who: {type: string, default: world}\n---steps\n" + p.Value), new Dictionary<string, string> { ["Workspaces:Root"] = root });

        var run = await engine.WaitForAsync(await engine.RunAsync("infra"), "succeeded", seconds: 120);

        var outputs = EngineHost.Step(run, "apply").GetProperty("outputs");
        Assert.Equal(("hello world", "(sensitive)"), (outputs.GetProperty("greeting").GetString(), outputs.GetProperty("internal_note").GetString()));
        Assert.Contains(await engine.LogLinesAsync(run.GetProperty("id").GetGuid(), "apply"), l => l.Contains("Apply complete! Resources: 1 added", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(module, "terraform.tfstate")));
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public async Task A_tool_step_without_an_existing_working_folder_or_without_its_tool_fails_saying_which()
    {
        const string missingFolder = "no-such-folder";
        await using var engine = await EngineHost.StartAsync(new Dictionary<string, string>
        {
            ["nofolder"] = $"  - {{name: apply, type: terraform, config: {{workingDir: {missingFolder}}}}}\n",
            ["playbook"] = "  - {name: play, type: ansible, config: {workingDir: ., playbook: site.yml}}\n",
        });

        var nofolder = await engine.WaitForAsync(await engine.RunAsync("nofolder"), "failed");
        var playbook = await engine.WaitForAsync(await engine.RunAsync("playbook"), "failed");

        var folderError = EngineHost.Step(nofolder, "apply").GetProperty("error").GetString();
        Assert.Equal(ToolFactAttribute.OnPath("terraform") is null ? "terraform is not installed" : $"config.workingDir must name an existing folder inside Workspaces:Root (got '{missingFolder}')",
            ToolFactAttribute.OnPath("terraform") is null ? folderError![..26] : folderError);
        var playError = EngineHost.Step(playbook, "play").GetProperty("error").GetString()!;
        Assert.StartsWith(ToolFactAttribute.OnPath("ansible-playbook") is null ? "ansible-playbook is not installed on this worker" : "ansible-playbook exited with code", playError);
    }
}
