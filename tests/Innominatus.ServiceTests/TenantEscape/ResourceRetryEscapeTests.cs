using System.Net;
using System.Text.Json;
using Innominatus.ServiceTests.Identity;

namespace Innominatus.ServiceTests.TenantEscape;

/// <summary>Alice (team A) tries to start Bob's (team B) resource workflows again through the gateway.</summary>
[Collection(IdentityStackCollection.Name)]
public class ResourceRetryEscapeTests(IdentityStack stack)
{
    [Fact]
    public async Task Alice_cannot_retry_bobs_resource_nor_learn_that_it_exists()
    {
        var teams = await TwoTeams.CreateAsync(stack);
        var bobApp = $"bob-bank-{teams.TeamB[^6..]}";
        var (submitted, submitBody) = await teams.SubmitSpecAsync(teams.Bob,
            $"apiVersion: score.dev/v1b1\nmetadata: {{name: {bobApp}}}\ncontainers: {{main: {{image: nginx}}}}\nresources: {{db: {{type: postgres}}}}\n");
        Assert.True(submitted == HttpStatusCode.Created, $"{submitted} {submitBody}");
        var (_, app) = await teams.SendAsync(HttpMethod.Get, $"/api/applications/{bobApp}", teams.Bob);
        var id = JsonDocument.Parse(app).RootElement.GetProperty("resources")[0].GetProperty("id").GetGuid();

        var known = await teams.SendAsync(HttpMethod.Post, $"/api/resources/{id}/retry", teams.Alice);
        var unknown = await teams.SendAsync(HttpMethod.Post, $"/api/resources/{Guid.NewGuid()}/retry", teams.Alice);

        // Bob's resource answers as one that does not exist: the same status and title, nothing about its state.
        Assert.Equal(HttpStatusCode.NotFound, known.Status);
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.StartsWith("Resource not found", TwoTeams.ProblemText(known.Body));
        Assert.DoesNotContain("retried by", await HistoryAsync(teams, id));
    }

    private static async Task<string> HistoryAsync(TwoTeams teams, Guid id)
    {
        var (status, body) = await teams.SendAsync(HttpMethod.Get, $"/api/resources/{id}", teams.Bob);
        Assert.Equal(HttpStatusCode.OK, status);
        return JsonDocument.Parse(body).RootElement.GetProperty("transitions").GetRawText();
    }
}
