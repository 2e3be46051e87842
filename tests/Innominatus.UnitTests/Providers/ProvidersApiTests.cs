using Innominatus.WorkflowService.Apis;
using Innominatus.WorkflowService.Providers;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Innominatus.UnitTests.Providers;

public class ProvidersApiTests
{
    [Fact]
    public async Task The_list_shows_every_provider_with_its_types_and_aliases()
    {
        using var folder = new TempFolder();
        TestProviders.Write(folder, "database-team", "postgres", "postgresql");
        TestProviders.Write(folder, "cache-team", "redis");
        var catalog = TestProviders.Catalog(folder);
        await catalog.ReloadAsync(CancellationToken.None);

        var providers = ProvidersApi.ListProviders(catalog).Value!;

        Assert.Equal(["cache-team", "database-team"], providers.Select(p => p.Name));
        var postgres = Assert.Single(providers[1].ResourceTypes);
        Assert.Equal(("postgres", "postgresql"), (postgres.Type, Assert.Single(postgres.Aliases)));
        Assert.Equal(("database-team", "1.0.0"), (providers[1].Team, providers[1].Version));
    }

    [Fact]
    public async Task The_detail_shows_operations_with_workflows_and_steps_parameters_and_outputs()
    {
        var catalog = TestProviders.Catalog();
        await catalog.ReloadAsync(CancellationToken.None);

        var result = ProvidersApi.GetProvider("database-team", catalog);

        var detail = Assert.IsType<Ok<ProviderDetail>>(result.Result).Value!;
        var postgres = detail.ResourceTypes.Single(t => t.Type == "postgres");
        Assert.Equal(["create", "update", "delete"], postgres.Operations.Select(o => o.Operation));
        var create = postgres.Operations[0];
        Assert.Equal("provision-postgres", create.Workflow);
        Assert.Equal("provision-postgres", postgres.Operations[1].Workflow);
        Assert.Contains("apply-server", create.Steps.Select(s => s.Name));
        var version = postgres.Parameters.Single(p => p.Name == "version");
        Assert.Equal(("string", false, "17"), (version.Type, version.Required, version.Default!.GetValue<string>()));
        Assert.True(postgres.Outputs.Single(o => o.Name == "password").Secret);
    }

    [Fact]
    public async Task An_unknown_provider_is_a_404_problem()
    {
        var catalog = TestProviders.Catalog();
        await catalog.ReloadAsync(CancellationToken.None);

        var result = ProvidersApi.GetProvider("nobody", catalog);

        var problem = Assert.IsType<ProblemHttpResult>(result.Result);
        Assert.Equal(404, problem.StatusCode);
        Assert.Contains("nobody", problem.ProblemDetails.Detail);
    }

    [Fact]
    public async Task A_reload_answers_with_the_summary()
    {
        var catalog = TestProviders.Catalog();

        var result = await ProvidersApi.ReloadProviders(catalog, CancellationToken.None);

        var summary = Assert.IsType<Ok<ProviderLoadResult>>(result.Result).Value!;
        Assert.True(summary.Succeeded);
        Assert.Equal(7, summary.Providers.Count);
        Assert.Equal(17, summary.ResourceTypes);
    }

    [Fact]
    public async Task A_failed_reload_is_a_422_problem_listing_the_errors()
    {
        using var folder = new TempFolder();
        TestProviders.Write(folder, "database-team", "postgres");
        var catalog = TestProviders.Catalog(folder);
        await catalog.ReloadAsync(CancellationToken.None);
        File.Delete(Path.Combine(folder.Path, "database-team", "workflows", "create-postgres.yaml"));

        var result = await ProvidersApi.ReloadProviders(catalog, CancellationToken.None);

        var problem = Assert.IsType<ProblemHttpResult>(result.Result);
        Assert.Equal(422, problem.StatusCode);
        var errors = Assert.IsAssignableFrom<IReadOnlyList<WorkflowService.Shared.CatalogLoadError>>(problem.ProblemDetails.Extensions["errors"]);
        Assert.EndsWith("create-postgres.yaml", Assert.Single(errors).File);
        Assert.NotNull(catalog.Resolve("postgres"));
    }
}
