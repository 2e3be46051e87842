using Innominatus.CliTests.Infrastructure;

namespace Innominatus.CliTests.Commands;

[Collection(CliSystemCollection.Name)]
public class ResourceRetryTests(CliSystem system)
{
    [Fact]
    public async Task Resource_retry_starts_a_failed_resources_workflow_again_and_refuses_an_active_one_in_one_line()
    {
        var cli = system.Cli();
        var name = Names.Unique("stuck");
        var failed = await cli.RunAsync("deploy", Specs.Write(Specs.WithResource(name, "flaky")), "--watch", "--timeout", "60s");
        Assert.True(failed.ExitCode == 1, failed.ToString());
        var id = (await Poll.UntilAsync(cli, ["resources", "list", "--application", name, "--state", "failed"],
            page => page.GetProperty("items").GetArrayLength() == 1 ? page.GetProperty("items")[0] : null)).GetProperty("id").GetString()!;

        File.WriteAllText(TestCatalog.FlakyMarker(system.Work), "");
        try
        {
            var retried = await cli.RunAsync("resource", "retry", id);

            Assert.True(retried.ExitCode == 0, retried.ToString());
            Assert.Contains("Retried resource db", retried.Out);
            await Poll.UntilAsync(cli, ["resources", "show", id], r => r.GetProperty("state").GetString() == "active" ? r : null, seconds: 60);
        }
        finally
        {
            File.Delete(TestCatalog.FlakyMarker(system.Work));
        }

        var refused = await cli.RunAsync("resource", "retry", id);

        Assert.True(refused.ExitCode != 0, refused.ToString());
        var error = Assert.Single(refused.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("active", error);
    }
}
