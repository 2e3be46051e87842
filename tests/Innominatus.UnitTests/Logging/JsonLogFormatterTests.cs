using System.Text.Json;
using Innominatus.ServiceDefaults.Logging;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Innominatus.UnitTests.Logging;

public class JsonLogFormatterTests
{
    [Fact]
    public void Writes_level_timestamp_message_and_structured_fields_in_snake_case()
    {
        var line = Format(LogLevel.Information, "Workflow {WorkflowId} completed in {DurationMs} ms", "abc123", 1234);

        using var doc = JsonDocument.Parse(line);
        var root = doc.RootElement;
        Assert.Equal("info", root.GetProperty("level").GetString());
        Assert.Equal("Workflow abc123 completed in 1234 ms", root.GetProperty("message").GetString());
        Assert.Equal("abc123", root.GetProperty("workflow_id").GetString());
        Assert.Equal(1234, root.GetProperty("duration_ms").GetInt64());
        Assert.True(DateTimeOffset.TryParse(root.GetProperty("timestamp").GetString(), out var timestamp));
        Assert.InRange(timestamp, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1));
        Assert.False(root.TryGetProperty("{OriginalFormat}", out _));
    }

    [Fact]
    public void Puts_an_exception_under_error_and_keeps_one_line()
    {
        var line = Format(LogLevel.Error, "Step {Step} failed", "apply", exception: new InvalidOperationException("boom"));

        Assert.DoesNotContain('\n', line.TrimEnd());
        using var doc = JsonDocument.Parse(line);
        Assert.Equal("error", doc.RootElement.GetProperty("level").GetString());
        Assert.Contains("boom", doc.RootElement.GetProperty("error").GetString());
    }

    [Fact]
    public void A_field_named_like_a_fixed_one_does_not_overwrite_it()
    {
        var line = Format(LogLevel.Warning, "Odd {Level}", "custom");

        using var doc = JsonDocument.Parse(line);
        Assert.Equal("warn", doc.RootElement.GetProperty("level").GetString());
    }

    [Theory]
    [InlineData("WorkflowId", "workflow_id")]
    [InlineData("workflowId", "workflow_id")]
    [InlineData("HTTPStatus", "http_status")]
    [InlineData("duration_ms", "duration_ms")]
    [InlineData("k8s.namespace", "k8s_namespace")]
    public void Converts_field_names_to_snake_case(string name, string expected) => Assert.Equal(expected, Innominatus.ServiceDefaults.Naming.SnakeCase.Convert(name));

    private static string Format(LogLevel level, string template, object arg0, object? arg1 = null, Exception? exception = null)
    {
        var state = new Dictionary<string, object?>();
        var names = System.Text.RegularExpressions.Regex.Matches(template, "{([^}]+)}").Select(m => m.Groups[1].Value).ToArray();
        object?[] values = [arg0, arg1];
        var message = template;
        for (var i = 0; i < names.Length; i++)
        {
            state[names[i]] = values[i];
            message = message.Replace("{" + names[i] + "}", Convert.ToString(values[i], System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }
        state["{OriginalFormat}"] = template;
        var entry = new LogEntry<IReadOnlyDictionary<string, object?>>(level, "Tests", new EventId(0), state, exception, (_, _) => message);
        using var writer = new StringWriter();
        new JsonLogFormatter().Write(entry, null, writer);
        return writer.ToString();
    }
}
