using System.Diagnostics;
using Innominatus.WorkflowService.Yaml;

namespace Innominatus.UnitTests.Yaml;

public class YamlJsonReaderTests
{
    [Fact]
    public void Remembers_the_line_and_column_of_every_key_and_list_item()
    {
        var result = YamlJsonReader.Read("a:\n  b:\n    - x\n    - c: 1\n'my.key': 2\n");

        Assert.Equal(new YamlLocation(2, 3), result.Locations.Find("$.a.b"));
        Assert.Equal(new YamlLocation(3, 7), result.Locations.Find("$.a.b[0]"));
        Assert.Equal(new YamlLocation(4, 7), result.Locations.Find("$.a.b[1].c"));
        Assert.Equal(new YamlLocation(5, 1), result.Locations.Find("$['my.key']"));
        Assert.Equal(new YamlLocation(4, 7), result.Locations.Find("$.a.b[1].c.missing"));
    }

    [Fact]
    public void Json_text_is_read_through_the_same_path_even_with_tab_indentation()
    {
        var result = YamlJsonReader.Read("{\n\t\"a\": {\"b\": [1, \"2\", true, null]}\n}");

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        Assert.Equal("""{"a":{"b":[1,"2",true,null]}}""", result.Root!.ToJsonString());
        Assert.Equal(2, result.Locations.Find("$.a.b[1]")?.Line);
    }

    [Fact]
    public void Duplicate_keys_are_errors_at_the_second_occurrence_and_the_first_value_is_kept()
    {
        var result = YamlJsonReader.Read("resources:\n  db:\n    type: postgres\n  db:\n    type: redis\n");

        var error = Assert.Single(result.Errors);
        Assert.Equal("$.resources.db", error.Path);
        Assert.Equal(4, error.Line);
        Assert.Contains("duplicate key 'db'", error.Message);
        Assert.Equal("postgres", (string?)result.Root!["resources"]!["db"]!["type"]);
    }

    [Fact]
    public void Aliases_are_expanded_into_copies()
    {
        var root = YamlJsonReader.Read("base: &base {image: nginx, args: [a]}\nother: *base\n").Root!;

        Assert.Equal(root["base"]!.ToJsonString(), root["other"]!.ToJsonString());
        Assert.NotSame(root["base"], root["other"]);
    }

    [Fact]
    public void An_alias_bomb_is_refused_quickly_by_counting_expanded_values()
    {
        var yaml = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + string.Concat(Enumerable.Range(1, 9).Select(i => $"{(char)('a' + i)}: &{(char)('a' + i)} [{string.Join(", ", Enumerable.Repeat($"*{(char)('a' + i - 1)}", 10))}]\n"));
        var clock = Stopwatch.StartNew();

        var result = YamlJsonReader.Read(yaml);

        Assert.Null(result.Root);
        Assert.Contains("more than 100000 values", Assert.Single(result.Errors).Message);
        // A guard against expanding the bomb (hours), not a speed target.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
    }

    [Fact]
    public void An_alias_bomb_of_long_text_is_refused_quickly_by_counting_expanded_bytes()
    {
        // 403 KB: one 300 KB value and 25,000 aliases of it, 7.5 GB once expanded but far under the value limit.
        var yaml = $"text: &t \"{new string('x', 300_000)}\"\ncopies: [{string.Join(",", Enumerable.Repeat("*t", 25_000))}]\n";
        var clock = Stopwatch.StartNew();

        var result = YamlJsonReader.Read(yaml);

        Assert.InRange(yaml.Length, 350_000, 420_000);
        Assert.Null(result.Root);
        Assert.Contains("larger than the limit of 1048576 bytes once aliases are expanded", Assert.Single(result.Errors).Message);
        // A guard against expanding the bomb (7.5 GB), not a speed target.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Aliased_keys_and_values_count_against_the_byte_limit_at_their_expanded_size()
    {
        var yaml = "a: &a {k1: vvvvvvvvvv, k2: vvvvvvvvvv}\nb: [*a, *a, *a]\n";

        var fits = YamlJsonReader.Read(yaml, new YamlReadLimits(MaxBytes: 200));
        var over = YamlJsonReader.Read(yaml, new YamlReadLimits(MaxBytes: 80));

        Assert.True(fits.IsValid);
        Assert.Contains("once aliases are expanded", Assert.Single(over.Errors).Message);
        Assert.Equal("$.b[2]", over.Errors[0].Path);
    }

    [Theory]
    [InlineData("a: &a [1, *a]", "*a refers to no anchor")]
    [InlineData("a: *missing", "*missing refers to no anchor")]
    [InlineData("? [a, b]\n: 1", "mapping keys must be plain values")]
    [InlineData("a: 1\n---\nb: 2", "a second YAML document starts at line 2")]
    [InlineData("a:\n\tb: 1", "invalid YAML")]
    [InlineData("a: [1, 2\nb: 3", "invalid YAML")]
    [InlineData("a: \"unclosed", "invalid YAML")]
    public void Unreadable_documents_give_one_error_with_a_position_and_no_tree(string yaml, string message)
    {
        var result = YamlJsonReader.Read(yaml);

        Assert.Null(result.Root);
        var error = Assert.Single(result.Errors);
        Assert.Contains(message, error.Message);
        Assert.NotNull(error.Line);
    }

    [Theory]
    [InlineData(64, true)]
    [InlineData(65, false)]
    [InlineData(1_000, false)]
    public void Nesting_is_limited_without_recursion(int depth, bool accepted)
    {
        var result = YamlJsonReader.Read(new string('[', depth) + new string(']', depth));

        Assert.Equal(accepted, result.IsValid);
        if (!accepted)
            Assert.Contains("deeper than the limit of 64", Assert.Single(result.Errors).Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("---\n")]
    [InlineData("\uFEFF")]
    public void Empty_documents_have_no_root_and_no_errors(string yaml)
    {
        var result = YamlJsonReader.Read(yaml);

        Assert.Null(result.Root);
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void Documents_over_the_byte_limit_are_refused_before_parsing()
    {
        var result = YamlJsonReader.Read("a: " + new string('é', 600), new YamlReadLimits(MaxBytes: 1_000));

        Assert.Contains("larger than the limit of 1000 bytes", Assert.Single(result.Errors).Message);
    }
}
