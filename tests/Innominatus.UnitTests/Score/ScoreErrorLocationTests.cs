using Innominatus.WorkflowService.Score;

namespace Innominatus.UnitTests.Score;

public class ScoreErrorLocationTests
{
    [Fact]
    public void Errors_carry_the_json_path_line_and_column_of_the_field()
    {
        const string yaml = """
            apiVersion: score.dev/v1b1
            metadata:
              name: app
            containers:
              main:
                image: nginx
                files:
                  /etc/app.conf:
                    content: hello
                    mode: 999
            resources:
              my.db:
                type: postgres
            """;

        var errors = ScoreParser.Parse(yaml).Errors;

        Assert.Equal(
            [
                new ScoreError("$.containers.main.files['/etc/app.conf'].mode", "must be a string, got the number 999", 10, 9),
                new ScoreError("$.resources['my.db']", "resource name 'my.db' is not a valid name: 2 to 63 characters of a-z, 0-9 and '-', starting and ending with a letter or digit", 12, 3),
            ],
            errors);
    }

    [Fact]
    public void A_missing_field_is_located_at_the_map_that_lacks_it()
    {
        var error = Assert.Single(ScoreParser.Parse("apiVersion: score.dev/v1b1\nmetadata:\n  name: app\ncontainers:\n  main:\n    command: [run]\n").Errors);

        Assert.Equal(new ScoreError("$.containers.main.image", "required field 'image' is missing", 5, 3), error);
    }

    [Fact]
    public void Unknown_fields_are_named_with_the_fields_that_are_allowed()
    {
        var error = Assert.Single(ScoreParser.Parse("apiVersion: score.dev/v1b1\nmetadata: {name: app}\ncontainers: {main: {image: nginx}}\nenvironment: {type: kubernetes}\n").Errors);

        Assert.Equal("$.environment", error.Path);
        Assert.Equal("unknown field 'environment' (allowed: apiVersion, metadata, service, containers, resources, workflows)", error.Message);
        Assert.Equal(4, error.Line);
    }

    [Fact]
    public void Two_resources_with_the_same_name_are_an_error_at_the_second()
    {
        const string yaml = "apiVersion: score.dev/v1b1\nmetadata: {name: app}\ncontainers: {main: {image: nginx}}\nresources:\n  db:\n    type: postgres\n  db:\n    type: mysql\n";

        var error = Assert.Single(ScoreParser.Parse(yaml).Errors);

        Assert.Equal(new ScoreError("$.resources.db", "duplicate key 'db'", 7, 3), error);
    }

    [Fact]
    public void Json_input_gets_paths_and_lines_too()
    {
        const string json = """
            {
              "apiVersion": "score.dev/v1b1",
              "metadata": {"name": "app"},
              "containers": {"main": {"image": "nginx", "variables": {"PORT": 8080}}}
            }
            """;

        var error = Assert.Single(ScoreParser.Parse(json).Errors);

        Assert.Equal(new ScoreError("$.containers.main.variables.PORT", "must be a string, got the number 8080", 4, 59), error);
    }

    [Fact]
    public void Every_error_of_a_broken_file_is_reported_not_just_the_first()
    {
        const string yaml = "apiVersion: score.dev/v2\nmetadata: {name: App}\ncontainers:\n  main:\n    image: ''\nservice:\n  ports:\n    web: {port: 0, protocol: tcp}\n";

        var paths = ScoreParser.Parse(yaml).Errors.Select(error => error.Path);

        Assert.Equal(["$.apiVersion", "$.metadata.name", "$.containers.main.image", "$.service.ports.web.port", "$.service.ports.web.protocol"], paths);
    }
}
