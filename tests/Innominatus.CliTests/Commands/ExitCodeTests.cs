using Innominatus.CliTests.Infrastructure;

namespace Innominatus.CliTests.Commands;

/// <summary>Each error class has its exit code and one line on stderr with the server's problem detail.</summary>
[Collection(CliSystemCollection.Name)]
public class ExitCodeTests(CliSystem system)
{
    [Fact]
    public async Task Not_found_is_3_for_applications_runs_resources_providers_and_golden_paths()
    {
        var cli = system.Cli();
        var id = Guid.NewGuid().ToString();

        foreach (var args in new[] { ["status", "nope"], ["revisions", "nope"], ["workflow", "show", id], ["logs", id], ["retry", id],
            ["resources", "show", id], ["providers", "show", "nope"], ["goldenpaths", "show", "nope"], new[] { "deprovision", "nope" } })
        {
            var result = await cli.RunAsync(args);
            Assert.True(result.ExitCode == 3, $"{string.Join(' ', args)}: {result}");
            Assert.Matches("^error: [^\n]+ not found: [^\n]+\n$", result.Error);
        }
    }

    [Fact]
    public async Task A_call_without_a_credential_is_401_which_is_exit_code_4()
    {
        var result = await system.CliThroughStrictGateway().RunAsync("list");

        Assert.Equal(4, result.ExitCode);
        Assert.Equal("error: Authentication required: This API needs an authenticated caller; call it through the gateway.\n", result.Error);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public async Task A_caller_without_a_team_is_forbidden_which_is_exit_code_4()
    {
        var result = await system.Cli("bob", "").RunAsync("workflows", "list");

        Assert.Equal(4, result.ExitCode);
        Assert.StartsWith("error: No team: User 'bob' belongs to no team", result.Error);
    }

    [Fact]
    public async Task Another_teams_application_is_not_found_and_taking_its_name_is_forbidden()
    {
        var name = Names.Unique("theirs");
        var file = Specs.Write(Specs.WithResource(name, "test-db"));
        Assert.Equal(0, (await system.Cli("alice", "team-a").RunAsync("deploy", file)).ExitCode);

        var seen = await system.Cli("carol", "team-b").RunAsync("status", name);
        var taken = await system.Cli("carol", "team-b").RunAsync("deploy", file);

        Assert.Equal(3, seen.ExitCode);
        Assert.Equal(4, taken.ExitCode);
        Assert.Equal($"error: Application belongs to another team: '{name}' is owned by another team; choose another name.\n", taken.Error);
    }

    [Fact]
    public async Task Whoami_shows_the_development_identity_while_the_server_has_no_profile_route()
    {
        var result = await system.Cli("alice", "team-a", "admin").RunAsync("whoami");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Matches(@"Username:\s+alice", result.Out);
        Assert.Matches(@"Team:\s+team-a", result.Out);
        Assert.Matches(@"Credential:\s+development identity from INNOMINATUS_DEV_IDENTITY", result.Out);
    }

    [Fact]
    public async Task The_identity_routes_that_are_not_there_yet_answer_not_found()
    {
        var cli = system.Cli("root", "", "admin");

        Assert.Equal(3, (await cli.RunAsync("admin", "users", "list")).ExitCode);
        Assert.Equal(3, (await cli.RunAsync("admin", "audit", "--since", "1h")).ExitCode);
        var sso = await cli.RunAsync("login", "--sso");
        Assert.Equal(1, sso.ExitCode);
        Assert.StartsWith("error: http://localhost:8081/ offers no single sign-on: GET /.well-known/openid-configuration answered 404", sso.Error);
    }
}
