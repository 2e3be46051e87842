using Innominatus.CliTests.Infrastructure;

namespace Innominatus.CliTests.Commands;

/// <summary>validate works offline with the server's rules: no transport is given, so any server call would fail.</summary>
public class ValidateTests
{
    private readonly CliRunner cli = new(transport: null);

    [Fact]
    public async Task A_valid_spec_passes_with_exit_code_0_and_a_summary()
    {
        var result = await cli.RunAsync("validate", Specs.Write(Specs.WithResource("shop", "postgres")));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("valid", result.Out);
        Assert.Contains("workload shop", result.Out);
        Assert.Contains("db (postgres)", result.Out);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public async Task An_invalid_spec_lists_every_error_with_file_line_and_column_and_exits_1()
    {
        var file = Specs.Write(Specs.Invalid);

        var result = await cli.RunAsync("validate", file);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains($"{file}:3:3: error: $.metadata.name:", result.Out);
        Assert.Contains($"{file}:6:5: error: $.containers.web.imag: unknown field 'imag'", result.Out);
        Assert.Contains($"{file}:13:7: error: $.service.ports.www.port: port 70000 is outside 1 to 65535", result.Out);
        Assert.DoesNotContain("means:", result.Out);
        var errorLine = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal($"error: {file} is not a valid Score spec: 4 errors", errorLine);
    }

    [Fact]
    public async Task Explain_adds_what_each_rule_means()
    {
        var result = await cli.RunAsync("validate", Specs.Write(Specs.Invalid), "--explain");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("means: metadata.name is the workload's name", result.Out);
        Assert.Contains("means: Score documents are closed", result.Out);
        Assert.Contains("service.ports are the named ports", result.Out);
    }

    [Fact]
    public async Task Json_output_has_the_servers_validation_shape_and_parses_back()
    {
        var result = await cli.RunAsync("validate", Specs.Write(Specs.Invalid), "-o", "json");

        Assert.Equal(1, result.ExitCode);
        var report = result.Json;
        Assert.False(report.GetProperty("valid").GetBoolean());
        var first = report.GetProperty("errors")[0];
        Assert.Equal("$.metadata.name", first.GetProperty("path").GetString());
        Assert.Equal(3, first.GetProperty("line").GetInt32());
        Assert.Equal(3, first.GetProperty("column").GetInt32());
    }

    [Fact]
    public async Task A_YAML_syntax_error_is_reported_with_its_line()
    {
        var file = Specs.Write("apiVersion: score.dev/v1b1\nmetadata:\n  name: shop\ncontainers: [unclosed\n");

        var result = await cli.RunAsync("validate", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Matches($@"{System.Text.RegularExpressions.Regex.Escape(file)}:\d+:\d+: error:", result.Out);
    }

    [Fact]
    public async Task Standard_input_is_read_for_the_file_name_dash()
    {
        var result = await cli.RunWithInputAsync(Specs.WithResource("from-stdin", "redis"), "validate", "-", "-o", "yaml");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("valid: true", result.Out);
        Assert.Contains("name: from-stdin", result.Out);
    }

    [Fact]
    public async Task Colour_only_on_a_terminal_and_never_with_NO_COLOR()
    {
        var file = Specs.Write(Specs.Invalid);

        var terminal = await new CliRunner(transport: null) { Terminal = true }.RunAsync("validate", file);
        var noColour = await new CliRunner(transport: null) { Terminal = true }.With("NO_COLOR", "1").RunAsync("validate", file);
        var redirected = await cli.RunAsync("validate", file);

        Assert.Contains("\u001b[31merror\u001b[0m", terminal.Out);
        Assert.StartsWith("\u001b[31merror:\u001b[0m ", terminal.Error);
        Assert.DoesNotContain("\u001b[", noColour.Out + noColour.Error);
        Assert.DoesNotContain("\u001b[", redirected.Out + redirected.Error);
    }

    [Fact]
    public async Task A_missing_file_is_a_usage_error()
    {
        var result = await cli.RunAsync("validate", "/nonexistent/score.yaml");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: /nonexistent/score.yaml: no such file\n", result.Error);
    }
}
