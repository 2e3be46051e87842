using System.Net;
using Innominatus.ServiceTests.Identity;

namespace Innominatus.ServiceTests.TenantEscape;

/// <summary>Alice (team A) asks the gateway for the graph of Bob's (team B) application, in every export format.</summary>
[Collection(IdentityStackCollection.Name)]
public class GraphEscapeTests(IdentityStack stack)
{
    [Theory]
    [InlineData("")]
    [InlineData("?format=json")]
    [InlineData("?format=mermaid")]
    [InlineData("?format=dot")]
    [InlineData("?format=svg")]
    public async Task Alice_cannot_read_the_graph_of_bobs_application_nor_learn_that_it_exists(string format)
    {
        var teams = await TwoTeams.CreateAsync(stack);
        var bobApp = $"bob-vault-{teams.TeamB[^6..]}";
        var (submitted, submitBody) = await teams.SubmitSpecAsync(teams.Bob,
            $"apiVersion: score.dev/v1b1\nmetadata: {{name: {bobApp}}}\ncontainers: {{main: {{image: nginx}}}}\nresources: {{ledger: {{type: postgres}}}}\n");
        Assert.True(submitted == HttpStatusCode.Created, $"{submitted} {submitBody}");

        var known = await teams.SendAsync(HttpMethod.Get, $"/api/graph/{bobApp}{format}", teams.Alice);
        var unknown = await teams.SendAsync(HttpMethod.Get, $"/api/graph/no-such-{bobApp}{format}", teams.Alice);
        var owner = await teams.SendAsync(HttpMethod.Get, $"/api/graph/{bobApp}{format}", teams.Bob);

        // Bob's application answers as a missing one: same status and title, and nothing of its contents.
        Assert.Equal(HttpStatusCode.NotFound, known.Status);
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.StartsWith("Application not found", TwoTeams.ProblemText(known.Body));
        Assert.DoesNotContain("ledger", known.Body);
        Assert.Equal(HttpStatusCode.OK, owner.Status);
        Assert.Contains("ledger", owner.Body);
    }
}
