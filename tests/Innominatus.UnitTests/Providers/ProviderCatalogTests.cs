using Innominatus.WorkflowService.Providers;

namespace Innominatus.UnitTests.Providers;

public class ProviderCatalogTests
{
    [Fact]
    public async Task Types_and_aliases_resolve_to_the_canonical_type_ignoring_case()
    {
        using var folder = new TempFolder();
        TestProviders.Write(folder, "database-team", "postgres", "postgresql", "pg");
        var catalog = TestProviders.Catalog(folder);

        var result = await catalog.ReloadAsync(CancellationToken.None);

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        Assert.Equal(["pg", "postgres", "postgresql"], catalog.ResourceTypes);
        foreach (var name in new[] { "postgres", "postgresql", "PG" })
        {
            var resolution = catalog.Resolve(name);
            Assert.NotNull(resolution);
            Assert.Equal("postgres", resolution.CanonicalType);
            Assert.Equal("database-team", resolution.Provider.Name);
            Assert.Equal("create-postgres", resolution.WorkflowFor(ResourceOperation.Create).Name);
            Assert.Equal("delete-postgres", resolution.WorkflowFor(ResourceOperation.Delete).Name);
        }
        Assert.Null(catalog.Resolve("mysql"));
    }

    [Fact]
    public async Task Update_uses_the_create_workflow_unless_the_manifest_names_one()
    {
        using var folder = new TempFolder();
        TestProviders.Write(folder, "database-team", "postgres");
        var catalog = TestProviders.Catalog(folder);

        await catalog.ReloadAsync(CancellationToken.None);

        var resolution = catalog.Resolve("postgres")!;
        Assert.Equal("create-postgres", resolution.ResourceType.Workflows.Update);
        Assert.Same(resolution.WorkflowFor(ResourceOperation.Create), resolution.WorkflowFor(ResourceOperation.Update));
    }

    [Theory]
    [InlineData("postgres", "postgres-db", "'postgres' is claimed")]
    [InlineData("pg", "postgresql", "'postgresql' is claimed")]
    public async Task Two_providers_claiming_one_name_refuse_the_whole_load_naming_both(string secondType, string secondAlias, string conflict)
    {
        using var folder = new TempFolder();
        TestProviders.Write(folder, "database-team", "postgres", "postgresql");
        TestProviders.Write(folder, "data-team", secondType, secondAlias);
        var catalog = TestProviders.Catalog(folder);

        var result = await catalog.ReloadAsync(CancellationToken.None);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors).Message;
        Assert.Contains("'database-team'", error);
        Assert.Contains("'data-team'", error);
        Assert.Contains(conflict, error);
        Assert.Empty(catalog.Providers);
        Assert.Null(catalog.Resolve("postgresql"));
    }

    [Fact]
    public async Task A_failed_reload_keeps_the_previous_catalogue_whole()
    {
        using var folder = new TempFolder();
        TestProviders.Write(folder, "database-team", "postgres");
        TestProviders.Write(folder, "cache-team", "redis");
        var catalog = TestProviders.Catalog(folder);
        await catalog.ReloadAsync(CancellationToken.None);
        var before = catalog.Providers;

        // One provider gets a new type, the other a broken workflow: nothing of either may become visible.
        TestProviders.Write(folder, "cache-team", "valkey");
        folder.Write("database-team/workflows/delete-postgres.yaml", "steps: [");
        var result = await catalog.ReloadAsync(CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.File!.EndsWith("delete-postgres.yaml", StringComparison.Ordinal));
        Assert.Equal(["cache-team", "database-team"], result.Providers);
        Assert.Same(before, catalog.Providers);
        Assert.NotNull(catalog.Resolve("redis"));
        Assert.Null(catalog.Resolve("valkey"));
    }

    [Fact]
    public async Task A_missing_workflow_file_is_reported_with_its_path()
    {
        using var folder = new TempFolder();
        TestProviders.Write(folder, "database-team", "postgres");
        File.Delete(Path.Combine(folder.Path, "database-team", "workflows", "delete-postgres.yaml"));
        var catalog = TestProviders.Catalog(folder);

        var result = await catalog.ReloadAsync(CancellationToken.None);

        var error = Assert.Single(result.Errors);
        Assert.Equal(Path.Combine(folder.Path, "database-team", "workflows", "delete-postgres.yaml"), error.File);
        Assert.Contains("not found", error.Message);
        Assert.Contains("delete-postgres", error.Message);
    }

    [Fact]
    public async Task A_create_workflow_must_publish_every_declared_output()
    {
        using var folder = new TempFolder();
        TestProviders.Write(folder, "database-team", "postgres");
        folder.Write("database-team/workflows/create-postgres.yaml",
            TestProviders.Workflow("create-postgres", "outputs:\n  host: db\n", "  size: {type: string}\n"));
        var catalog = TestProviders.Catalog(folder);

        var result = await catalog.ReloadAsync(CancellationToken.None);

        var error = Assert.Single(result.Errors);
        Assert.EndsWith("create-postgres.yaml", error.File);
        Assert.Contains("'password'", error.Message);
    }

    [Fact]
    public async Task A_workflow_that_requires_an_input_nobody_supplies_is_refused()
    {
        using var folder = new TempFolder();
        TestProviders.Write(folder, "database-team", "postgres");
        folder.Write("database-team/workflows/delete-postgres.yaml",
            TestProviders.Workflow("delete-postgres", "", "  backup_bucket: {type: string, required: true}\n"));
        var catalog = TestProviders.Catalog(folder);

        var result = await catalog.ReloadAsync(CancellationToken.None);

        Assert.Contains(result.Errors, e => e.Message.Contains("'backup_bucket'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_source_that_does_not_exist_is_an_error()
    {
        var catalog = TestProviders.Catalog(new ProviderSourceOptions { Path = "/nonexistent/providers" });

        var result = await catalog.ReloadAsync(CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("does not exist", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task Startup_fails_with_every_load_error_in_the_message()
    {
        using var folder = new TempFolder();
        TestProviders.Write(folder, "database-team", "postgres");
        TestProviders.Write(folder, "data-team", "postgres");
        var loader = new ProviderCatalogLoader(TestProviders.Catalog(folder));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => loader.StartAsync(CancellationToken.None));

        Assert.Contains("provider set is invalid", error.Message);
        Assert.Contains("'postgres' is claimed by provider 'data-team'", error.Message);
    }
}
