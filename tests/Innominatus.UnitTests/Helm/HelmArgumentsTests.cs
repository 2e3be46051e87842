using Innominatus.WorkflowService.Workflows.Helm;

namespace Innominatus.UnitTests.Helm;

/// <summary>helm gets an argument list, never a shell line: values are flags of their own, the release and chart follow <c>--</c>.</summary>
public class HelmArgumentsTests
{
    [Fact]
    public void An_install_from_a_repository_is_an_atomic_waiting_upgrade_with_the_value_files()
    {
        var chart = new HelmChart("gitea", "https://dl.gitea.com/charts/", "12.1.0");

        var arguments = HelmArguments.Install("gitea", "gitea", chart, ["/ws/values.json", "/ws/secret-values.json"], atomic: true, wait: true, TimeSpan.FromMinutes(5));

        Assert.Equal(["upgrade", "--install", "--namespace=gitea", "--atomic", "--wait", "--timeout=300s", "--repo=https://dl.gitea.com/charts/", "--version=12.1.0",
            "--values=/ws/values.json", "--values=/ws/secret-values.json", "--", "gitea", "gitea"], arguments);
    }

    [Fact]
    public void An_oci_chart_without_atomic_and_wait_and_a_value_that_looks_like_a_flag_stays_a_value()
    {
        var arguments = HelmArguments.Install("web", "shop", new HelmChart("oci://registry.example/charts/web", null, "-1.0"), [], atomic: false, wait: false, TimeSpan.FromSeconds(90.5));

        Assert.Equal(["upgrade", "--install", "--namespace=shop", "--timeout=91s", "--version=-1.0", "--", "web", "oci://registry.example/charts/web"], arguments);
    }

    [Fact]
    public void Uninstall_test_status_and_template_name_the_release_after_the_end_of_the_flags()
    {
        Assert.Equal(["uninstall", "--namespace=shop", "--ignore-not-found", "--wait", "--timeout=60s", "--", "web"], HelmArguments.Uninstall("web", "shop", wait: true, TimeSpan.FromMinutes(1)));
        Assert.Equal(["uninstall", "--namespace=shop", "--ignore-not-found", "--timeout=60s", "--", "web"], HelmArguments.Uninstall("web", "shop", wait: false, TimeSpan.FromMinutes(1)));
        Assert.Equal(["test", "--namespace=shop", "--logs", "--hide-notes", "--timeout=120s", "--", "web"], HelmArguments.Test("web", "shop", TimeSpan.FromMinutes(2)));
        Assert.Equal(["status", "--namespace=shop", "--output=json", "--", "web"], HelmArguments.Status("web", "shop"));
        Assert.Equal(["template", "--namespace=shop", "--values=/ws/values.json", "--", "web", "/ws/chart"], HelmArguments.Template("web", "shop", new HelmChart("/ws/chart", null, null), ["/ws/values.json"]));
    }

    [Fact]
    public void Secret_values_become_a_tree_of_their_paths()
    {
        var values = HelmValues.Nest([KeyValuePair.Create("auth.password", "p1"), KeyValuePair.Create("auth.user", "admin"), KeyValuePair.Create("token", "t")]);

        Assert.Equal("""{"auth":{"password":"p1","user":"admin"},"token":"t"}""", values.ToJsonString());
    }

    [Fact]
    public async Task A_values_file_is_readable_by_its_owner_only()
    {
        var folder = Directory.CreateTempSubdirectory("helm-values-").FullName;
        try
        {
            var file = await HelmValues.WriteAsync(folder, "secret-values.json", HelmValues.Nest([KeyValuePair.Create("a.b", "c")]), CancellationToken.None);

            Assert.Equal("""{"a":{"b":"c"}}""", await File.ReadAllTextAsync(file));
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
            }
            HelmValues.Delete(file);
            Assert.False(File.Exists(file));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
