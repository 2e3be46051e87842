using System.Text.Json;
using Innominatus.WorkflowService.Yaml;

namespace Innominatus.UnitTests.Yaml;

public class YamlScalarTests
{
    [Theory]
    [InlineData("true", "true")]
    [InlineData("False", "false")]
    [InlineData("~", "null")]
    [InlineData("null", "null")]
    [InlineData("", "null")]
    [InlineData("12", "12")]
    [InlineData("-7", "-7")]
    [InlineData("0x1F", "31")]
    [InlineData("0o17", "15")]
    [InlineData("0755", "755")]
    [InlineData("1.5", "1.5")]
    [InlineData("1e3", "1000")]
    [InlineData(".5", "0.5")]
    [InlineData("12345678901234567890123", "12345678901234567890123")]
    [InlineData("yes", "\"yes\"")]
    [InlineData("on", "\"on\"")]
    [InlineData("1.2.3", "\"1.2.3\"")]
    [InlineData("2024-01-01", "\"2024-01-01\"")]
    [InlineData("'12'", "\"12\"")]
    [InlineData("\"true\"", "\"true\"")]
    [InlineData("!!str 12", "\"12\"")]
    [InlineData("! 12", "\"12\"")]
    [InlineData("!!int \"12\"", "12")]
    [InlineData("!!float 1", "1")]
    [InlineData("|\n  12", "\"12\"")]
    public void Plain_scalars_follow_the_yaml_1_2_core_schema_and_quoted_ones_stay_strings(string scalar, string json)
    {
        var result = YamlJsonReader.Read($"value: {scalar}");

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        Assert.Equal(json, result.Root!["value"]?.ToJsonString() ?? "null");
    }

    [Fact]
    public void Numbers_are_numbers_and_booleans_are_booleans()
    {
        var root = YamlJsonReader.Read("port: 8080\nratio: 0.25\nflag: true").Root!;

        Assert.Equal(JsonValueKind.Number, root["port"]!.GetValueKind());
        Assert.Equal(JsonValueKind.Number, root["ratio"]!.GetValueKind());
        Assert.Equal(JsonValueKind.True, root["flag"]!.GetValueKind());
    }

    [Fact]
    public void Numbers_convert_to_any_numeric_type_the_reader_asks_for()
    {
        var root = YamlJsonReader.Read("port: 8080\nhex: 0x10\nratio: 2.5e-1").Root!;

        Assert.Equal(8080, (int)root["port"]!);
        Assert.Equal(8080L, root["port"]!.GetValue<long>());
        Assert.Equal(16.0, (double)root["hex"]!);
        Assert.Equal(0.25m, (decimal)root["ratio"]!);
    }

    [Theory]
    [InlineData("value: .inf", "not a finite number")]
    [InlineData("value: -.Inf", "not a finite number")]
    [InlineData("value: .nan", "not a finite number")]
    [InlineData("value: !!int abc", "not a valid !!int")]
    [InlineData("value: !!bool yes", "not a valid !!bool")]
    [InlineData("value: !custom x", "unsupported tag '!custom'")]
    public void Values_json_cannot_hold_or_unknown_tags_are_errors_at_the_value(string yaml, string message)
    {
        var result = YamlJsonReader.Read(yaml);

        var error = Assert.Single(result.Errors);
        Assert.Equal("$.value", error.Path);
        Assert.Contains(message, error.Message);
        Assert.Equal((1, 8), (error.Line, error.Column));
    }
}
