using Innominatus.WorkflowService.Score;

namespace Innominatus.UnitTests.Score;

public class ScorePlaceholderTests
{
    private static string Workload(string container, string resources = "  db:\n    type: postgres\n") =>
        $"apiVersion: score.dev/v1b1\nmetadata:\n  name: app\n  annotations:\n    team: blue\ncontainers:\n  main:\n    image: nginx\n{container}resources:\n{resources}";

    [Fact]
    public void Placeholders_for_metadata_and_declared_resources_are_accepted_everywhere_score_expands()
    {
        const string container = """
                command: ["/bin/sh", "${metadata.name}"]
                args: ["-c", "echo ${resources.db.host}"]
                variables:
                  URL: postgres://${resources.db.username}@${resources.db.host}:${resources.db.port}/${metadata.name}
                  TEAM: ${metadata.annotations.team}
                files:
                  /etc/app.conf:
                    content: "host=${resources.db.host}"
                volumes:
                  /data:
                    source: ${resources.db}

            """;

        var result = ScoreParser.Parse(Workload(container));

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
    }

    [Theory]
    [InlineData("    variables:\n      DB: ${resources.cache.host}\n", "$.containers.main.variables.DB", 10)]
    [InlineData("    args: [\"-c\", \"${resources.cache.host}\"]\n", "$.containers.main.args[1]", 9)]
    [InlineData("    command: [\"${resources.cache.host}\"]\n", "$.containers.main.command[0]", 9)]
    [InlineData("    files:\n      /etc/a:\n        content: x ${resources.cache.host}\n", "$.containers.main.files['/etc/a'].content", 11)]
    [InlineData("    files:\n      - target: /etc/a\n        content: ${resources.cache.host}\n", "$.containers.main.files[0].content", 11)]
    [InlineData("    volumes:\n      /data:\n        source: ${resources.cache}\n", "$.containers.main.volumes['/data'].source", 11)]
    public void A_placeholder_naming_an_undeclared_resource_is_an_error_at_the_field_holding_it(string container, string path, int line)
    {
        var error = Assert.Single(ScoreParser.Parse(Workload(container)).Errors);

        Assert.Equal(path, error.Path);
        Assert.Equal(line, error.Line);
        Assert.Contains("refers to resource 'cache', which is not declared in resources", error.Message);
    }

    [Fact]
    public void Resource_params_are_checked_in_nested_values()
    {
        var resources = "  db:\n    type: postgres\n  route:\n    type: route\n    params:\n      hosts:\n        - ${resources.dns.host}\n";

        var error = Assert.Single(ScoreParser.Parse(Workload("", resources)).Errors);

        Assert.Equal(("$.resources.route.params.hosts[0]", 16), (error.Path, error.Line));
    }

    [Theory]
    [InlineData("${env.HOME}", "starts with 'env'; only metadata and resources can be referenced")]
    [InlineData("${HOME}", "is malformed")]
    [InlineData("${resources}", "is malformed")]
    [InlineData("${resources.db..host}", "is malformed")]
    [InlineData("${ resources.db.host }", "is malformed")]
    [InlineData("$$${resources.cache.host}", "refers to resource 'cache'")]
    public void Malformed_placeholders_and_unknown_roots_are_errors(string value, string message)
    {
        var error = Assert.Single(ScoreParser.Parse(Workload($"    variables:\n      X: \"{value}\"\n")).Errors);

        Assert.Contains(message, error.Message);
        Assert.Equal("$.containers.main.variables.X", error.Path);
    }

    [Theory]
    [InlineData("$${HOME}")]
    [InlineData("price: $$5 and ${resources.db.host}")]
    [InlineData("$$_$${fizzbuzz}")]
    [InlineData("unclosed ${ is literal")]
    [InlineData("$HOME and $1")]
    public void Escaped_and_non_placeholder_dollars_are_accepted(string value) =>
        Assert.True(ScoreParser.Parse(Workload($"    variables:\n      X: \"{value}\"\n")).IsValid);

    [Fact]
    public void File_content_with_no_expand_and_binary_content_are_not_checked()
    {
        const string container = "    files:\n      /a:\n        content: ${NOT_A_PLACEHOLDER}\n        noExpand: true\n      /b:\n        binaryContent: JHtub3R9\n";

        Assert.True(ScoreParser.Parse(Workload(container)).IsValid);
        Assert.False(ScoreParser.Parse(Workload(container.Replace("noExpand: true", "noExpand: false"))).IsValid);
    }

    [Theory]
    [InlineData("    before:\n      ghost: {ready: started}\n", "$.containers.main.before.ghost", "waits for 'ghost', which is not a container of this workload")]
    [InlineData("    before:\n      main: {ready: started}\n", "$.containers.main.before.main", "cannot wait for itself")]
    public void Start_order_must_name_other_containers_of_the_workload(string container, string path, string message)
    {
        var error = Assert.Single(ScoreParser.Parse(Workload(container)).Errors);

        Assert.Equal(path, error.Path);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Start_order_cycles_are_named()
    {
        const string yaml = "apiVersion: score.dev/v1b1\nmetadata: {name: app}\ncontainers:\n  aa: {image: x, before: {bb: {ready: started}}}\n  bb: {image: x, before: {aa: {ready: healthy}}}\n";

        var error = Assert.Single(ScoreParser.Parse(yaml).Errors);

        Assert.Equal("the containers' before entries form a cycle: aa -> bb -> aa", error.Message);
    }
}
