using Innominatus.WorkflowService.Providers;

namespace Innominatus.UnitTests.Providers;

/// <summary>Runs against real git repositories created with the git CLI and cloned through file:// URLs.</summary>
public sealed class GitProviderSourceTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string Repository => Path.Combine(_folder.Path, "platform-providers");

    private string WorkDirectory => Path.Combine(_folder.Path, "work");

    private string Url => new Uri(Repository).AbsoluteUri;

    [Fact]
    public async Task Loads_providers_from_a_sub_path_of_a_cloned_branch()
    {
        await CreateRepositoryAsync();
        var catalog = TestProviders.Catalog(WorkDirectory, new ProviderSourceOptions { Git = Url, Ref = "main", Path = "providers" });

        var result = await catalog.ReloadAsync(CancellationToken.None);

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        var resolution = catalog.Resolve("pg");
        Assert.NotNull(resolution);
        Assert.Equal("postgres", resolution.CanonicalType);
        Assert.Equal($"{Url}@main/providers", resolution.Provider.Source);
        Assert.Single(Directory.GetDirectories(WorkDirectory));
    }

    [Fact]
    public async Task A_reload_picks_up_new_commits()
    {
        await CreateRepositoryAsync();
        var catalog = TestProviders.Catalog(WorkDirectory, new ProviderSourceOptions { Git = Url, Ref = "main", Path = "providers" });
        await catalog.ReloadAsync(CancellationToken.None);

        TestProviders.Write(Path.Combine(Repository, "providers"), "cache-team", "redis");
        await CommitAsync("Add the cache team");
        var result = await catalog.ReloadAsync(CancellationToken.None);

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        Assert.NotNull(catalog.Resolve("redis"));
        Assert.Single(Directory.GetDirectories(WorkDirectory));
    }

    [Fact]
    public async Task A_branch_that_disappeared_is_a_load_error_and_the_previous_catalogue_stays()
    {
        await CreateRepositoryAsync();
        var catalog = TestProviders.Catalog(WorkDirectory, new ProviderSourceOptions { Git = Url, Ref = "main", Path = "providers" });
        await catalog.ReloadAsync(CancellationToken.None);

        await GitCommand.RunAsync(["-C", Repository, "branch", "--move", "main", "trunk"], TimeSpan.FromSeconds(30), CancellationToken.None);
        var result = await catalog.ReloadAsync(CancellationToken.None);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Contains("at 'main' failed", error.Message);
        Assert.Contains("git exited", error.Message);
        Assert.NotNull(catalog.Resolve("postgres"));
        Assert.Single(Directory.GetDirectories(WorkDirectory));
    }

    [Fact]
    public async Task A_sub_path_may_not_leave_the_repository()
    {
        await CreateRepositoryAsync();
        var catalog = TestProviders.Catalog(WorkDirectory, new ProviderSourceOptions { Git = Url, Ref = "main", Path = "../.." });

        var result = await catalog.ReloadAsync(CancellationToken.None);

        Assert.Contains("leaves the repository", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void Credentials_in_urls_are_redacted() =>
        Assert.Equal("https://***@git.example.com/platform/providers.git", GitRepositoryCache.Redact("https://oauth2:s3cr3t@git.example.com/platform/providers.git"));

    public void Dispose() => _folder.Dispose();

    private async Task CreateRepositoryAsync()
    {
        Directory.CreateDirectory(Repository);
        await GitCommand.RunAsync(["init", "--quiet", "--initial-branch", "main", Repository], TimeSpan.FromSeconds(30), CancellationToken.None);
        TestProviders.Write(Path.Combine(Repository, "providers"), "database-team", "postgres", "pg");
        await CommitAsync("Add the database team");
    }

    private Task CommitAsync(string message) => Git("-c", "user.name=Test", "-c", "user.email=test@example.com", "commit", "--quiet", "--all", "-m", message);

    private async Task Git(params string[] arguments)
    {
        await GitCommand.RunAsync(["-C", Repository, "add", "--all"], TimeSpan.FromSeconds(30), CancellationToken.None);
        await GitCommand.RunAsync(["-C", Repository, .. arguments], TimeSpan.FromSeconds(30), CancellationToken.None);
    }
}
