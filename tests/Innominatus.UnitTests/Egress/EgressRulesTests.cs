using System.Net;
using Innominatus.WorkflowService.Workflows.Egress;
using Microsoft.Extensions.Configuration;

namespace Innominatus.UnitTests.Egress;

public class EgressRulesTests
{
    [Theory]
    [InlineData("127.0.0.1", "loopback addresses are not allowed")]
    [InlineData("127.8.9.10", "loopback addresses are not allowed")]
    [InlineData("::1", "loopback addresses are not allowed")]
    [InlineData("::ffff:127.0.0.1", "loopback addresses are not allowed")]
    [InlineData("169.254.169.254", "link-local addresses are not allowed")]
    [InlineData("fe80::1", "link-local addresses are not allowed")]
    [InlineData("0.0.0.0", "unspecified addresses are not allowed")]
    [InlineData("::", "unspecified addresses are not allowed")]
    [InlineData("224.0.0.1", "multicast addresses are not allowed")]
    [InlineData("ff02::1", "multicast addresses are not allowed")]
    [InlineData("255.255.255.255", "reserved and broadcast addresses are not allowed")]
    [InlineData("10.96.0.1", "10.0.0.0/8 is a denied network (Workflows:Egress:DeniedNetworks)")]
    [InlineData("172.20.1.1", "172.16.0.0/12 is a denied network (Workflows:Egress:DeniedNetworks)")]
    [InlineData("192.168.1.10", "192.168.0.0/16 is a denied network (Workflows:Egress:DeniedNetworks)")]
    [InlineData("fd00::5", "fc00::/7 is a denied network (Workflows:Egress:DeniedNetworks)")]
    [InlineData("::ffff:10.0.0.1", "10.0.0.0/8 is a denied network (Workflows:Egress:DeniedNetworks)")]
    public void By_default_internal_addresses_are_refused_naming_the_rule(string address, string rule)
    {
        Assert.Equal(rule, Rules().Refusal(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("93.184.215.14")]
    [InlineData("2606:4700::6810:84e5")]
    [InlineData("172.32.0.1")]
    public void Public_addresses_are_allowed(string address)
    {
        Assert.Null(Rules().Refusal(IPAddress.Parse(address)));
    }

    [Fact]
    public void Operators_replace_the_denied_networks_and_allow_networks_and_hosts_explicitly()
    {
        var rules = Rules(
            ("Workflows:Egress:DeniedNetworks:0", "100.96.0.0/11"),
            ("Workflows:Egress:AllowedNetworks:0", "10.43.7.0/24, 127.0.0.1/32"),
            ("Workflows:Egress:AllowedHosts:0", "gitea.gitea.svc.cluster.local"));

        Assert.Equal("100.96.0.0/11 is a denied network (Workflows:Egress:DeniedNetworks)", rules.Refusal(IPAddress.Parse("100.100.1.1")));
        Assert.Null(rules.Refusal(IPAddress.Parse("192.168.1.1")));
        Assert.Null(rules.Refusal(IPAddress.Parse("10.43.7.9")));
        Assert.Null(rules.Refusal(IPAddress.Parse("127.0.0.1")));
        Assert.Equal("loopback addresses are not allowed", rules.Refusal(IPAddress.Parse("127.0.0.2")));
        Assert.Equal("link-local addresses are not allowed", rules.Refusal(IPAddress.Parse("169.254.169.254")));
        Assert.True(rules.IsAllowedHost("Gitea.gitea.svc.cluster.local."));
        Assert.False(rules.IsAllowedHost("gitea.gitea.svc"));
    }

    [Fact]
    public void Platform_allowed_hosts_are_their_own_list_and_not_exceptions_for_every_run()
    {
        var rules = Rules(("Workflows:Egress:PlatformAllowedHosts", "gitea.localtest.me, gitea-http.demo-gitea.svc"));

        Assert.True(rules.IsPlatformAllowedHost("gitea-http.demo-gitea.svc."));
        Assert.True(rules.IsPlatformAllowedHost("GITEA.localtest.me"));
        Assert.False(rules.IsPlatformAllowedHost("gitea-http.demo-gitea"));
        Assert.False(rules.IsAllowedHost("gitea-http.demo-gitea.svc"));
    }

    private static EgressRules Rules(params (string Key, string Value)[] settings) =>
        EgressRules.From(new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build());
}
