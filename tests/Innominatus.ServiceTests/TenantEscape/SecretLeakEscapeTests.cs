using System.Net;
using System.Text.Json;
using Innominatus.ServiceTests.Identity;

namespace Innominatus.ServiceTests.TenantEscape;

/// <summary>
/// Secret outputs and secret parameters of a run never come back through the gateway: Alice sees her own run's
/// password, the connection string built from it and her secret parameter only as <c>(secret)</c>, in the run, its list
/// and its logs; Bob's run, logs and application are not found for her at all.
/// </summary>
[Collection(IdentityStackCollection.Name)]
public sealed class SecretLeakEscapeTests(IdentityStack stack)
{
    [Fact]
    public async Task Alice_reads_her_own_secrets_only_masked_and_cannot_read_bobs_run_logs_or_application()
    {
        var cast = await TwoTeams.CreateAsync(stack);
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var (aliceApp, aliceSecret, aliceKey) = ($"leak-a-{suffix}", $"AlicePw-{suffix}-x9", $"AliceKey-{suffix}-q7");
        var (bobApp, bobSecret, bobKey) = ($"leak-b-{suffix}", $"BobPw-{suffix}-z3", $"BobKey-{suffix}-k2");
        var aliceRun = await RunAsync(cast, cast.Alice, aliceApp, aliceSecret, aliceKey);
        var bobRun = await RunAsync(cast, cast.Bob, bobApp, bobSecret, bobKey);

        var answers = new List<string>();
        foreach (var path in new[] { $"/api/workflows/{aliceRun}", $"/api/workflows/{aliceRun}/logs", $"/api/workflows?application={aliceApp}" })
        {
            var (status, body) = await cast.SendAsync(HttpMethod.Get, path, cast.Alice);
            Assert.True(status == HttpStatusCode.OK, $"{path}: {status} {body}");
            answers.Add(body);
        }
        var run = JsonDocument.Parse(answers[0]).RootElement;
        var issue = run.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "issue").GetProperty("outputs");
        Assert.Equal("(secret)", issue.GetProperty("password").GetString());
        Assert.Equal("(secret)", issue.GetProperty("connection").GetString());
        Assert.Equal("(secret)", issue.GetProperty("signed").GetString());
        Assert.Equal("(secret)", run.GetProperty("parameters").GetProperty("api_key").GetString());

        foreach (var path in new[] { $"/api/workflows/{bobRun}", $"/api/workflows/{bobRun}/logs", $"/api/applications/{bobApp}" })
        {
            var (status, body) = await cast.SendAsync(HttpMethod.Get, path, cast.Alice);
            Assert.True(status == HttpStatusCode.NotFound, $"{path}: {status} {body}");
            answers.Add(body);
        }
        var (_, bobsList) = await cast.SendAsync(HttpMethod.Get, $"/api/workflows?application={bobApp}", cast.Alice);
        Assert.Empty(JsonDocument.Parse(bobsList).RootElement.GetProperty("items").EnumerateArray());
        answers.Add(bobsList);

        foreach (var answer in answers)
        {
            foreach (var secret in new[] { aliceSecret, aliceKey, bobSecret, bobKey })
            {
                Assert.DoesNotContain(secret, answer);
            }
        }
    }

    /// <summary>
    /// Submits an application whose inline workflow yields a password, a connection string that embeds it and a value
    /// built from a secret parameter; returns its run once the step is done.
    /// </summary>
    private static async Task<Guid> RunAsync(TwoTeams cast, string bearer, string app, string password, string key)
    {
        var spec = $$$"""
            apiVersion: score.dev/v1b1
            metadata: {name: {{{app}}} }
            containers: {main: {image: nginx}}
            workflows:
              creds:
                parameters:
                  api_key: {type: string, secret: true, default: "{{{key}}}"}
                steps:
                  - name: issue
                    type: noop
                    outputs:
                      password: "{{{password}}}"
                      connection: "postgresql://app:{{{password}}}@db:5432/app"
                      signed: "Bearer ${parameters.api_key}"
            """;
        var (status, body) = await cast.SubmitSpecAsync(bearer, spec);
        Assert.True(status is HttpStatusCode.Created or HttpStatusCode.OK, body);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var (_, list) = await cast.SendAsync(HttpMethod.Get, $"/api/workflows?application={app}&kind=score-workflow", bearer);
            var runs = JsonDocument.Parse(list).RootElement.GetProperty("items").EnumerateArray().ToArray();
            if (runs.Length == 1)
            {
                var id = runs[0].GetProperty("id").GetGuid();
                var (_, detail) = await cast.SendAsync(HttpMethod.Get, $"/api/workflows/{id}", bearer);
                var issue = JsonDocument.Parse(detail).RootElement.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "issue");
                if (issue.GetProperty("state").GetString() is "succeeded" or "failed")
                {
                    Assert.Equal("succeeded", issue.GetProperty("state").GetString());
                    return id;
                }
            }
            Assert.True(DateTime.UtcNow < deadline, $"the inline run of {app} did not finish its step within 60 s: {list}");
            await Task.Delay(250);
        }
    }
}
