using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Workflows.Tenancy;
using Microsoft.Extensions.Configuration;

namespace Innominatus.UnitTests.Tenancy;

public class TenantArgoCdTests
{
    [Fact]
    public void The_engine_sets_project_destination_and_namespace_and_drops_its_own_labels_from_the_config()
    {
        var tenancy = new TenantArgoCd(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Workflows:TenantArgoCd:Project"] = "tenant-{team}" }).Build());
        var given = new JsonObject
        {
            ["name"] = "web", ["namespace"] = "kube-system", ["project"] = "platform",
            ["destination"] = new JsonObject { ["namespace"] = "victim" },
            ["labels"] = new JsonObject { ["innominatus.dev/team"] = "team-b", ["tier"] = "web" },
        };

        var config = tenancy.Config(given, new RunOwner("team-a", "shop", Tenant: true));

        Assert.Equal(("tenant-team-a", "shop"), (config["project"]!.ToString(), config["destination"]!["namespace"]!.ToString()));
        Assert.False(config.ContainsKey("namespace"));
        Assert.Equal(["tier"], config["labels"]!.AsObject().Select(l => l.Key));
        Assert.Equal("argocd", tenancy.Namespace);
        Assert.Equal("platform", given["project"]!.ToString());
    }
}
