using Innominatus.AppHost.Infrastructure;

namespace Innominatus.SystemTests;

public class InfrastructureModeResolverTests
{
    [Theory]
    [InlineData(null, "docker", InfrastructureMode.Containers)]
    [InlineData(null, null, InfrastructureMode.Local)]
    [InlineData("auto", "podman", InfrastructureMode.Containers)]
    [InlineData("local", "docker", InfrastructureMode.Local)]
    [InlineData("LOCAL", null, InfrastructureMode.Local)]
    [InlineData("containers", null, InfrastructureMode.Containers)]
    public void Chooses_the_requested_mode_or_follows_the_container_runtime(string? requested, string? runtime, InfrastructureMode expected) =>
        Assert.Equal(expected, InfrastructureModeResolver.Resolve(requested, isPublishMode: false, () => runtime));

    [Fact]
    public void Publishing_always_describes_containers() =>
        Assert.Equal(InfrastructureMode.Containers, InfrastructureModeResolver.Resolve("local", isPublishMode: true, () => null));

    [Fact]
    public void An_unknown_mode_is_refused_with_the_choices()
    {
        var error = Assert.Throws<ArgumentException>(() => InfrastructureModeResolver.Resolve("vm", isPublishMode: false, () => null));
        Assert.Equal("--infra 'vm' is not one of: containers, local, auto.", error.Message);
    }

    [Fact]
    public void The_runtime_is_probed_only_when_nothing_was_requested()
    {
        var probed = false;
        InfrastructureModeResolver.Resolve("local", isPublishMode: false, () => { probed = true; return null; });
        Assert.False(probed);
    }
}
