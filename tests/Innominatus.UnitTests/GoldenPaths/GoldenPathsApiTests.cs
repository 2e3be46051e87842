using System.Text.Json.Nodes;
using Innominatus.ServiceDefaults.Security;
using Innominatus.UnitTests.Providers;
using Innominatus.WorkflowService.Apis;
using Innominatus.WorkflowService.GoldenPaths;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Innominatus.UnitTests.GoldenPaths;

public sealed class GoldenPathsApiTests : IAsyncLifetime, IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly InMemoryGoldenPathRunStarter _starter = new(TimeProvider.System);
    private readonly CallerPrincipal _caller = new("alice-id", "alice", "team-a", ["team-a"], new HashSet<string> { "user" });
    private readonly GoldenPathRunGuard _guard = new(new FakeTeamOwnership(), Options.Create(new GoldenPathsOptions()));
    private GoldenPathCatalog _catalog = null!;

    public async Task InitializeAsync()
    {
        _folder.Write("deploy-app.yaml", TestGoldenPaths.DeployApp);
        _catalog = TestGoldenPaths.Catalog(_folder.Path);
        await _catalog.ReloadAsync(CancellationToken.None);
    }

    [Fact]
    public void The_list_shows_name_description_category_tags_and_duration()
    {
        var summary = Assert.Single(GoldenPathsApi.ListGoldenPaths(_catalog).Value!);

        Assert.Equal(("deploy-app", "Deploys an app", "deployment", "5m"), (summary.Name, summary.Description, summary.Category, summary.EstimatedDuration));
        Assert.Equal(["deploy"], summary.Tags);
    }

    [Fact]
    public void The_detail_documents_each_parameter()
    {
        var detail = Assert.IsType<Ok<GoldenPathDetail>>(GoldenPathsApi.GetGoldenPath("deploy-app", _catalog).Result).Value!;

        var environment = detail.Parameters.Single(p => p.Name == "environment");
        Assert.Equal(("string", false, "dev", "Target environment"), (environment.Type, environment.Required, environment.Default!.GetValue<string>(), environment.Description));
        Assert.Equal(["dev", "prod"], environment.Enum!.Select(e => e.GetValue<string>()));
        Assert.True(detail.Parameters.Single(p => p.Name == "app_name").Required);
        Assert.Equal("apply", Assert.Single(detail.Steps).Name);
    }

    [Fact]
    public void An_unknown_golden_path_is_a_404_problem() =>
        Assert.Equal(404, Assert.IsType<ProblemHttpResult>(GoldenPathsApi.GetGoldenPath("teleport", _catalog).Result).StatusCode);

    [Fact]
    public async Task A_run_without_a_required_parameter_is_a_400_naming_it()
    {
        var result = await Start(new JsonObject { ["replicas"] = 3 });

        var problem = Assert.IsType<ValidationProblem>(result.Result);
        Assert.Equal(400, problem.StatusCode);
        Assert.Contains(problem.ProblemDetails.Errors, e => e.Key.Contains("app_name", StringComparison.Ordinal));
        Assert.Empty(_starter.Runs);
    }

    [Fact]
    public async Task A_run_with_wrongly_typed_and_out_of_range_parameters_names_each_one()
    {
        var result = await Start(new JsonObject { ["app_name"] = 42, ["replicas"] = "two", ["environment"] = "moon" });

        var errors = Assert.IsType<ValidationProblem>(result.Result).ProblemDetails.Errors;
        Assert.Contains(errors, e => e.Key.Contains("app_name", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Key.Contains("replicas", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Key.Contains("environment", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_run_without_a_body_reports_the_required_parameters()
    {
        var result = await GoldenPathsApi.StartGoldenPathRun("deploy-app", null, _caller, _catalog, _guard, _starter, CancellationToken.None);

        Assert.Contains(Assert.IsType<ValidationProblem>(result.Result).ProblemDetails.Errors, e => e.Key.Contains("app_name", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_valid_run_is_accepted_with_defaults_applied()
    {
        var result = await Start(new JsonObject { ["app_name"] = "shop" });

        var accepted = Assert.IsType<Accepted<GoldenPathRunAccepted>>(result.Result);
        Assert.Equal(202, accepted.StatusCode);
        var run = accepted.Value!;
        Assert.Equal("deploy-app", run.GoldenPath);
        Assert.Equal("shop", run.Parameters["app_name"]!.GetValue<string>());
        Assert.Equal("2", run.Parameters["replicas"]!.ToJsonString());
        Assert.Equal("dev", run.Parameters["environment"]!.GetValue<string>());
        Assert.NotEqual(Guid.Empty, run.RunId);
        Assert.Equal(run, Assert.Single(_starter.Runs));
    }

    [Fact]
    public async Task A_run_of_an_unknown_golden_path_is_a_404_problem()
    {
        var result = await GoldenPathsApi.StartGoldenPathRun("teleport", new GoldenPathRunRequest([]), _caller, _catalog, _guard, _starter, CancellationToken.None);

        Assert.Equal(404, Assert.IsType<ProblemHttpResult>(result.Result).StatusCode);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _folder.Dispose();

    private Task<Results<Accepted<GoldenPathRunAccepted>, ValidationProblem, ProblemHttpResult>> Start(JsonObject parameters) =>
        GoldenPathsApi.StartGoldenPathRun("deploy-app", new GoldenPathRunRequest(parameters), _caller, _catalog, _guard, _starter, CancellationToken.None);
}
