using System.Diagnostics;
using System.Text;
using Innominatus.WorkflowService.Score;

namespace Innominatus.UnitTests.Score;

public class ScoreHostileInputTests
{
    private const string Header = "apiVersion: score.dev/v1b1\nmetadata:\n  name: app\ncontainers:\n  main:\n    image: nginx\n";

    [Fact]
    public void Ten_megabytes_are_refused_before_parsing()
    {
        var result = Timed(() => ScoreParser.Parse(Header + "# " + new string('x', 10 * 1024 * 1024)));

        Assert.Contains("larger than the limit of 1048576 bytes", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void Ten_thousand_resources_are_refused_quickly_with_one_clear_error()
    {
        var yaml = new StringBuilder(Header).Append("resources:\n");
        for (var i = 0; i < 10_000; i++)
            yaml.Append($"  r{i}:\n    type: postgres\n");

        var result = Timed(() => ScoreParser.Parse(yaml.ToString()));

        var error = Assert.Single(result.Errors);
        Assert.Equal("$.resources", error.Path);
        Assert.Equal("10000 resources is more than the limit of 500", error.Message);
        Assert.Equal(7, error.Line);
    }

    [Fact]
    public void More_containers_than_the_limit_are_refused()
    {
        var result = ScoreParser.Parse(Header + "  second:\n    image: nginx\n", new ScoreLimits(MaxContainers: 1));

        Assert.Equal("2 containers is more than the limit of 1", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void Nesting_a_thousand_levels_deep_is_refused()
    {
        var result = Timed(() => ScoreParser.Parse(Header + "resources:\n  db:\n    type: postgres\n    params:\n      deep: " + new string('[', 1_000) + new string(']', 1_000)));

        var error = Assert.Single(result.Errors);
        Assert.Contains("deeper than the limit of 64 levels", error.Message);
        Assert.Equal(11, error.Line);
    }

    [Fact]
    public void A_billion_laughs_alias_bomb_is_refused()
    {
        var yaml = new StringBuilder(Header).Append("resources:\n  db:\n    type: postgres\n    params:\n      l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i < 10; i++)
            yaml.Append($"      l{i}: &l{i} [{string.Join(", ", Enumerable.Repeat($"*l{i - 1}", 10))}]\n");

        var result = Timed(() => ScoreParser.Parse(yaml.ToString()));

        Assert.Contains("more than 100000 values once aliases are expanded", Assert.Single(result.Errors).Message);
    }

    [Theory]
    [InlineData("café")]
    [InlineData("名前")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("a")]
    [InlineData("-app")]
    public void Names_outside_the_rules_are_errors_at_the_name(string name)
    {
        var result = ScoreParser.Parse($"apiVersion: score.dev/v1b1\nmetadata:\n  name: {name}\ncontainers:\n  {name}:\n    image: nginx\n");

        Assert.Equal(["$.metadata.name", JsonPathOfContainer(name)], result.Errors.Select(error => error.Path));
        Assert.All(result.Errors, error => Assert.Contains("is not a valid name", error.Message));
        Assert.Equal([3, 5], result.Errors.Select(error => error.Line ?? 0));
    }

    [Fact]
    public void A_name_of_sixty_three_characters_is_accepted() =>
        Assert.True(ScoreParser.Parse($"apiVersion: score.dev/v1b1\nmetadata:\n  name: {new string('a', 63)}\ncontainers:\n  main:\n    image: nginx\n").IsValid);

    [Theory]
    [InlineData("", "$", "the document is empty")]
    [InlineData("# nothing here\n", "$", "the document is empty")]
    [InlineData("~", "$", "the document is empty")]
    [InlineData("- a\n- b\n", "$", "a Score document must be a map, got a list")]
    [InlineData("hello", "$", "a Score document must be a map, got the string \"hello\"")]
    [InlineData("42", "$", "a Score document must be a map, got the number 42")]
    public void Empty_and_non_map_documents_are_refused(string content, string path, string message)
    {
        var error = Assert.Single(ScoreParser.Parse(content).Errors);

        Assert.Equal((path, message), (error.Path, error.Message));
    }

    [Theory]
    [InlineData("apiVersion: score.dev/v1b1\nmetadata:\n  name: app\ncontainers:\n  main:\n\timage: nginx\n", 6, "invalid YAML")]
    [InlineData("apiVersion: score.dev/v1b1\nmetadata: {name: app\ncontainers: {}\n", 2, "invalid YAML")]
    [InlineData(Header + "---\n" + Header, 7, "a second YAML document starts at line 7; put one document in each file")]
    public void Malformed_yaml_tabs_and_several_documents_give_one_error_with_its_line(string content, int line, string message)
    {
        var error = Assert.Single(ScoreParser.Parse(content).Errors);

        Assert.Contains(message, error.Message);
        Assert.Equal(line, error.Line);
    }

    [Fact]
    public void Stops_listing_errors_at_the_limit()
    {
        var variables = string.Concat(Enumerable.Range(0, 50).Select(i => $"      V{i}: {i}\n"));

        var result = ScoreParser.Parse(Header + "    variables:\n" + variables, new ScoreLimits(MaxErrors: 10));

        Assert.Equal(11, result.Errors.Count);
        Assert.Equal("more than 10 errors; the rest are not listed", result.Errors[^1].Message);
    }

    [Fact]
    public void Random_damage_to_the_samples_never_throws()
    {
        var samples = ScoreSamples.Names("valid").Concat(ScoreSamples.Names("invalid")).Select(ScoreSamples.Read).ToList();
        var random = new Random(20261126);
        const string damage = "{}[]:,-?&*!|>'\"%@`#\t\n \\$.~09é\u0000\uFEFF";

        for (var i = 0; i < 3_000; i++)
        {
            var text = new StringBuilder(samples[random.Next(samples.Count)]);
            for (var edits = random.Next(1, 6); edits > 0; edits--)
            {
                var at = random.Next(text.Length);
                text.Remove(at, random.Next(2)).Insert(at, damage[random.Next(damage.Length)]);
            }
            var result = ScoreParser.Parse(text.ToString());
            Assert.True(result.IsValid == result.Spec is not null);
        }
    }

    private static string JsonPathOfContainer(string name) => Innominatus.WorkflowService.Yaml.JsonPath.Property("$.containers", name);

    private static ScoreParseResult Timed(Func<ScoreParseResult> parse)
    {
        // A guard against a blow-up (seconds to hours), not a speed target: on a loaded CI machine 2 s was missed.
        var clock = Stopwatch.StartNew();
        var result = parse();
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
        return result;
    }
}
