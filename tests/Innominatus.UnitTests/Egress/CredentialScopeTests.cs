using Innominatus.WorkflowService.Workflows.Egress;

namespace Innominatus.UnitTests.Egress;

public class CredentialScopeTests
{
    [Theory]
    [InlineData("https://vault.example/", "https://vault.example/v1/sys/policies", true)]
    [InlineData("https://gitea.example/git", "https://gitea.example/git/api/v1/orgs", true)]
    [InlineData("https://gitea.example/git/", "https://gitea.example/git", true)]
    [InlineData("https://gitea.example/git", "https://gitea.example/github/api", false)]
    [InlineData("https://gitea.example/git", "https://gitea.example/git/../admin", false)]
    [InlineData("https://gitea.example/", "http://gitea.example/api", false)]
    [InlineData("https://gitea.example/", "https://gitea.example:8443/api", false)]
    [InlineData("https://gitea.example/", "https://gitea.example.evil.test/api", false)]
    [InlineData("https://gitea.example/", "https://user@gitea.example/api", false)]
    [InlineData("https://gitea.example/", "https://169.254.169.254/latest/meta-data", false)]
    public void A_credential_covers_only_urls_under_its_base_url(string baseUrl, string target, bool covered)
    {
        Assert.Equal(covered, CredentialScope.Covers(new Uri(baseUrl), new Uri(target)));
    }
}
