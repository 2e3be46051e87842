using Innominatus.UnitTests.Providers;

namespace Innominatus.UnitTests.GoldenPaths;

public class GoldenPathCatalogTests
{
    [Fact]
    public async Task Finds_golden_paths_by_name()
    {
        using var folder = new TempFolder();
        folder.Write("deploy-app.yaml", TestGoldenPaths.DeployApp);
        var catalog = TestGoldenPaths.Catalog(folder.Path);

        await catalog.ReloadAsync(CancellationToken.None);

        Assert.Equal("deploy-app", catalog.Find("deploy-app")!.Name);
        Assert.Null(catalog.Find("undeploy-app"));
    }

    [Fact]
    public async Task The_same_name_in_two_folders_refuses_the_load_naming_both_files()
    {
        using var first = new TempFolder();
        using var second = new TempFolder();
        var one = first.Write("deploy-app.yaml", TestGoldenPaths.DeployApp);
        var two = second.Write("deploy-app.yaml", TestGoldenPaths.DeployApp);
        var catalog = TestGoldenPaths.Catalog(first.Path, second.Path);

        var result = await catalog.ReloadAsync(CancellationToken.None);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors).Message;
        Assert.Contains(one, error);
        Assert.Contains(two, error);
        Assert.Empty(catalog.All);
    }

    [Fact]
    public async Task A_file_whose_name_differs_from_the_golden_path_is_refused()
    {
        using var folder = new TempFolder();
        folder.Write("deploy.yaml", TestGoldenPaths.DeployApp);
        var catalog = TestGoldenPaths.Catalog(folder.Path);

        var result = await catalog.ReloadAsync(CancellationToken.None);

        var error = Assert.Single(result.Errors);
        Assert.EndsWith("deploy.yaml", error.File);
        Assert.Equal("$.metadata.name", error.Path);
    }

    [Fact]
    public async Task A_failed_reload_keeps_the_previous_golden_paths()
    {
        using var folder = new TempFolder();
        folder.Write("deploy-app.yaml", TestGoldenPaths.DeployApp);
        var catalog = TestGoldenPaths.Catalog(folder.Path);
        await catalog.ReloadAsync(CancellationToken.None);

        folder.Write("undeploy-app.yaml", TestGoldenPaths.DeployApp.Replace("name: deploy-app", "name: undeploy-app", StringComparison.Ordinal));
        folder.Write("deploy-app.yaml", "metadata: [");
        var result = await catalog.ReloadAsync(CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal(["deploy-app"], result.GoldenPaths);
        Assert.Equal(["deploy-app"], catalog.All.Select(p => p.Name));
        Assert.Equal("Deploys an app", catalog.Find("deploy-app")!.Description);
    }
}
