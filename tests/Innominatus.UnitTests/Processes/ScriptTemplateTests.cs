using System.Diagnostics;
using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Workflows.Definitions;
using Innominatus.WorkflowService.Workflows.Engine;
using Innominatus.WorkflowService.Workflows.Processes;

namespace Innominatus.UnitTests.Processes;

/// <summary>Script placeholders become quoted references to environment variables, so a value is never script text.</summary>
public class ScriptTemplateTests
{
    private const string Hostile = "$(touch /tmp/innominatus-pwned) `id` ; echo injected \" ' \n rm -rf / *";

    private static readonly TemplateScope Scope = TemplateScope.ForParameters(new JsonObject { ["evil"] = Hostile, ["name"] = "shop" });

    [Theory]
    [InlineData("echo ${parameters.name}", "echo \"${INNOMINATUS_VALUE_1}\"")]
    [InlineData("echo \"a-${parameters.name}-b\"", "echo \"a-${INNOMINATUS_VALUE_1}-b\"")]
    [InlineData("x=${parameters.name}; y=\"${parameters.name}\"", "x=\"${INNOMINATUS_VALUE_1}\"; y=\"${INNOMINATUS_VALUE_1}\"")]
    [InlineData("# don't\necho ${parameters.name}", "# don't\necho \"${INNOMINATUS_VALUE_1}\"")]
    [InlineData("cat <<EOF\nit's ${parameters.name}\nEOF\necho ${parameters.name}", "cat <<EOF\nit's ${INNOMINATUS_VALUE_1}\nEOF\necho \"${INNOMINATUS_VALUE_1}\"")]
    [InlineData("echo \"$${HOME}\" '$HOME' \\'${parameters.name}", "echo \"${HOME}\" '$HOME' \\'\"${INNOMINATUS_VALUE_1}\"")]
    public void Placeholders_become_quoted_variable_references(string script, string expected)
    {
        var bound = ScriptTemplate.Bind(script, Scope, new List<string>());

        Assert.Empty(bound.Problems);
        Assert.Equal(expected, bound.Script);
        Assert.Equal("shop", bound.Values["INNOMINATUS_VALUE_1"]);
    }

    [Theory]
    [InlineData("echo '${parameters.name}'")]
    [InlineData("echo 'a' \"b\" 'c ${parameters.name} d'")]
    [InlineData("cat <<'EOF'\n${parameters.name}\nEOF")]
    public void A_placeholder_where_the_shell_expands_nothing_is_refused_naming_the_rule(string script)
    {
        var problem = Assert.Single(ScriptPlaceholderRule.Problems(script));

        Assert.StartsWith(ScriptPlaceholderRule.Rule, problem, StringComparison.Ordinal);
        Assert.Contains("${parameters.name}", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("printf '%s' ${parameters.evil}")]
    [InlineData("printf '%s' \"${parameters.evil}\"")]
    [InlineData("v=${parameters.evil}; printf '%s' \"$v\"")]
    public async Task A_hostile_value_reaches_the_script_as_data(string script)
    {
        File.Delete("/tmp/innominatus-pwned");
        var bound = ScriptTemplate.Bind(script, Scope, new List<string>());
        var start = new ProcessStartInfo("bash") { ArgumentList = { "-c", bound.Script }, RedirectStandardOutput = true };
        foreach (var (name, value) in bound.Values)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(Hostile, output);
        Assert.False(File.Exists("/tmp/innominatus-pwned"));
    }
}
