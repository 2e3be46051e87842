using System.Net;
using Innominatus.ServiceTests.Identity;
using Innominatus.ServiceTests.Infrastructure;

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

    [Theory]
    [InlineData("")]
    [InlineData("?format=svg")]
    [InlineData("?format=mermaid")]
    public async Task Alice_cannot_read_the_step_graph_of_bobs_run_nor_learn_that_it_exists(string format)
    {
        var teams = await TwoTeams.CreateAsync(stack);
        var bobApp = $"bob-run-{teams.TeamB[^6..]}";
        var (submitted, submitBody) = await teams.SubmitSpecAsync(teams.Bob,
            $"apiVersion: score.dev/v1b1\nmetadata: {{name: {bobApp}}}\ncontainers: {{main: {{image: nginx}}}}\nresources: {{ledger: {{type: postgres}}}}\n");
        Assert.True(submitted == HttpStatusCode.Created, $"{submitted} {submitBody}");
        // The resource's run is started by a message: it is listed a moment after the submission.
        var runId = await Eventually.ValueAsync(async () =>
        {
            var runs = await teams.SendAsync(HttpMethod.Get, $"/api/workflows?application={bobApp}", teams.Bob);
            var items = System.Text.Json.JsonDocument.Parse(runs.Body).RootElement.GetProperty("items");
            return items.GetArrayLength() > 0 ? items[0].GetProperty("id").GetString() : null;
        }, timeoutSeconds: 30);

        var known = await teams.SendAsync(HttpMethod.Get, $"/api/workflows/{runId}/graph{format}", teams.Alice);
        var unknown = await teams.SendAsync(HttpMethod.Get, $"/api/workflows/{Guid.NewGuid()}/graph{format}", teams.Alice);
        var owner = await teams.SendAsync(HttpMethod.Get, $"/api/workflows/{runId}/graph{format}", teams.Bob);

        Assert.Equal(HttpStatusCode.NotFound, known.Status);
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.StartsWith("Workflow run not found", TwoTeams.ProblemText(known.Body));
        Assert.DoesNotContain(bobApp, known.Body);
        Assert.Equal(HttpStatusCode.OK, owner.Status);
        Assert.Contains(format == "?format=mermaid" ? "flowchart TB" : runId!, owner.Body);
    }
}
