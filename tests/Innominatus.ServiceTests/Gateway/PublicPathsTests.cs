extern alias gateway;
using gateway::Innominatus.ApiGateway.Authentication;
using Microsoft.AspNetCore.Http;

namespace Innominatus.ServiceTests.Gateway;

/// <summary>Which paths the gateway lets through without a credential: whole segments only, any case, trailing slashes ignored.</summary>
public class PublicPathsTests
{
    [Theory]
    [InlineData("/health", true)]
    [InlineData("/HEALTH/", true)]
    [InlineData("/health/workflow", true)]
    [InlineData("/ready/identity", true)]
    [InlineData("/api/login", true)]
    [InlineData("/api/login/", true)]
    [InlineData("/auth", true)]
    [InlineData("/auth/login", true)]
    [InlineData("/.well-known/jwks", true)]
    [InlineData("/connect/token", true)]
    [InlineData("/openapi/workflow.json", true)]
    [InlineData("/api-reference", true)]
    [InlineData("/swagger", true)]
    [InlineData("/healthz", false)]
    [InlineData("/authx/login", false)]
    [InlineData("/api/login/extra", false)]
    [InlineData("/api/applications", false)]
    [InlineData("/api", false)]
    [InlineData("/", false)]
    [InlineData("/metrics/x", false)]
    public void Only_the_listed_paths_and_whole_segment_prefixes_are_public(string path, bool expected) =>
        Assert.Equal(expected, PublicPaths.IsPublic(new PathString(path)));
}
