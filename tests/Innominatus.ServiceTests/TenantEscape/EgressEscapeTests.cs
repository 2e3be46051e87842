using System.Net;
using System.Text.Json;
using Innominatus.ServiceTests.Identity;

namespace Innominatus.ServiceTests.TenantEscape;

/// <summary>
/// Alice's Score inline workflow aims <c>http</c> steps at the cloud metadata address and at the workflow service's
/// own loopback address (by address, and by a host name only platform-owned runs may reach): the submission is refused, or the run fails naming the egress rule, and no answer of those
/// addresses reaches her.
/// </summary>
[Collection(IdentityStackCollection.Name)]
public sealed class EgressEscapeTests(IdentityStack stack)
{
    [Fact]
    public async Task An_inline_http_step_to_link_local_or_the_services_own_loopback_address_is_refused_and_returns_nothing()
    {
        var cast = await TwoTeams.CreateAsync(stack);
        var own = new Uri(stack.Workflow.Address!, "health");
        var app = $"egress-{Guid.NewGuid().ToString("N")[..6]}";
        var spec = $$$"""
            apiVersion: score.dev/v1b1
            metadata: {name: {{{app}}} }
            containers: {main: {image: nginx}}
            workflows:
              steal:
                steps:
                  - {name: metadata, type: http, config: {url: "http://169.254.169.254/latest/meta-data/iam/security-credentials/", outputs: {all: "$"} } }
                  - {name: own, type: http, config: {url: "{{{own}}}", outputs: {all: "$"} } }
                  - {name: platform-host, type: http, config: {url: "http://localhost:{{{own.Port}}}/health", outputs: {all: "$"} } }
            """;

        var (status, body) = await cast.SubmitSpecAsync(cast.Alice, spec);

        if (status is >= HttpStatusCode.BadRequest and < HttpStatusCode.InternalServerError)
        {
            Assert.Matches("egress|address", TwoTeams.ProblemText(body));
            return;
        }
        Assert.True(status is HttpStatusCode.Created or HttpStatusCode.OK, body);
        var run = await FinishedRunAsync(cast, app);
        var steps = run.GetProperty("steps").EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!);
        Assert.Equal("egress to 169.254.169.254 is refused: link-local addresses are not allowed", steps["metadata"].GetProperty("error").GetString());
        var (_, runBody) = await cast.SendAsync(HttpMethod.Get, $"/api/workflows/{run.GetProperty("id")}", cast.Alice);
        var (_, logs) = await cast.SendAsync(HttpMethod.Get, $"/api/workflows/{run.GetProperty("id")}/logs", cast.Alice);
        foreach (var text in new[] { runBody, logs })
        {
            Assert.DoesNotContain("Healthy", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("\"all\"", text);
        }
        Assert.Equal("egress to 127.0.0.1 is refused: loopback addresses are not allowed", steps["own"].GetProperty("error").GetString());
        // The stack's Workflows:Egress:PlatformAllowedHosts lists localhost: that exception is for platform-owned runs only.
        Assert.Matches(@"^egress to (127\.0\.0\.1|::1) is refused: loopback addresses are not allowed$", steps["platform-host"].GetProperty("error").GetString());
    }

    /// <summary>The inline run once its two http steps are done (the run itself may wait on other work of this stack).</summary>
    private static async Task<JsonElement> FinishedRunAsync(TwoTeams cast, string app)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var (_, body) = await cast.SendAsync(HttpMethod.Get, $"/api/workflows?application={app}&kind=score-workflow", cast.Alice);
            var runs = JsonDocument.Parse(body).RootElement.GetProperty("items").EnumerateArray().ToArray();
            if (runs.Length == 1)
            {
                var (_, detail) = await cast.SendAsync(HttpMethod.Get, $"/api/workflows/{runs[0].GetProperty("id")}", cast.Alice);
                var run = JsonDocument.Parse(detail).RootElement.Clone();
                var http = run.GetProperty("steps").EnumerateArray().Where(s => s.GetProperty("type").GetString() == "http").ToArray();
                if (http.Length == 3 && http.All(s => s.GetProperty("state").GetString() is "failed" or "succeeded"))
                {
                    return run;
                }
            }
            Assert.True(DateTime.UtcNow < deadline, $"the inline run of {app} did not finish its http steps within 60 s: {body}");
            await Task.Delay(250);
        }
    }
}
