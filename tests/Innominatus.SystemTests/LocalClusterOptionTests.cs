using Innominatus.AppHost.LocalCluster;

namespace Innominatus.SystemTests;

public class LocalClusterOptionTests
{
    [Theory]
    [InlineData(new[] { "--local-cluster" }, null, true)]
    [InlineData(new[] { "--local-cluster=false" }, "1", false)]
    [InlineData(new[] { "--local-cluster=true" }, null, true)]
    [InlineData(new string[0], "1", true)]
    [InlineData(new string[0], "true", true)]
    [InlineData(new string[0], "0", false)]
    [InlineData(new string[0], null, false)]
    public void The_flag_wins_over_the_environment_and_the_default_is_off(string[] args, string? environment, bool expected) =>
        Assert.Equal(expected, LocalClusterOption.Parse(args, environment).Enabled);

    [Fact]
    public void The_flag_is_taken_out_so_Aspire_does_not_read_the_next_argument_as_its_value()
    {
        var option = LocalClusterOption.Parse(["--local-cluster", "--infra", "local"], null);

        Assert.Equal(["--infra", "local"], option.RemainingArgs);
    }

    [Fact]
    public void An_unknown_value_is_refused_with_the_choices()
    {
        var error = Assert.Throws<ArgumentException>(() => LocalClusterOption.Parse([], "maybe"));

        Assert.Equal("INNOMINATUS_LOCAL_CLUSTER 'maybe' is not one of: true, false, 1, 0.", error.Message);
    }
}
