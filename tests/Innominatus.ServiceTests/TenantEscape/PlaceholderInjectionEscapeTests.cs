using System.Net;
using System.Text.Json;
using Innominatus.ServiceTests.Identity;
using Innominatus.ServiceTests.Infrastructure;
using k8s;

namespace Innominatus.ServiceTests.TenantEscape;

/// <summary>
/// Alice puts hostile values (an operator for a condition; a newline, extra keys and a second document for a
/// manifest) into parameters a workflow uses: through the real gateway they stay values, and nothing more is applied.
/// </summary>
[Collection(IdentityStackCollection.Name)]
public class PlaceholderInjectionEscapeTests(IdentityStack stack)
{
    [Fact]
    public async Task An_operator_in_a_value_cannot_make_a_condition_true()
    {
        var teams = await TwoTeams.CreateAsync(stack);
        var app = $"cond-{Guid.NewGuid():N}"[..14];
        var spec = Spec(app, """
              stage: {type: string, default: "x != y"}
            steps:
              - name: only-in-prod
                when: "${parameters.stage} == 'prod'"
                type: noop
              - name: quoted-only-in-prod
                when: "'${parameters.stage}' == 'prod'"
                type: noop
            """);

        var (status, body) = await teams.SubmitSpecAsync(teams.Alice, spec);

        Assert.True(status == HttpStatusCode.Created, body);
        var run = await WaitForInlineRunAsync(teams, app);
        Assert.Equal("succeeded", run.GetProperty("state").GetString());
        Assert.Equal(["skipped", "skipped"], run.GetProperty("steps").EnumerateArray()
            .Where(s => s.GetProperty("name").GetString()!.Contains("only-in-prod", StringComparison.Ordinal))
            .Select(s => s.GetProperty("state").GetString()));
    }

    [KubernetesFact]
    public async Task A_newline_extra_keys_or_a_second_document_in_a_value_stay_inside_one_manifest_value()
    {
        var teams = await TwoTeams.CreateAsync(stack);
        var app = $"yaml-{Guid.NewGuid():N}"[..14];
        const string hostile = "x\\nmetadata: {name: takeover}\\n---\\napiVersion: v1\\nkind: Secret\\nmetadata: {name: injected}\\nstringData: {a: b}";
        var spec = Spec(app, $$"""
              note: {type: string, default: "{{hostile}}"}
            steps:
              - name: notes
                type: kubernetes
                config:
                  manifest: |
                    apiVersion: v1
                    kind: ConfigMap
                    metadata:
                      name: notes
                    data:
                      note: ${parameters.note}
                      quoted: "${parameters.note}"
            """);

        var (status, body) = await teams.SubmitSpecAsync(teams.Alice, spec);

        Assert.True(status == HttpStatusCode.Created, body);
        var run = await WaitForInlineRunAsync(teams, app);
        Assert.True(run.GetProperty("state").GetString() == "succeeded", run.ToString());
        var client = LocalCluster.Client();
        var notes = (await client.CoreV1.ListConfigMapForAllNamespacesAsync(fieldSelector: "metadata.name=notes")).Items
            .Single(c => c.Metadata.NamespaceProperty.Contains(app, StringComparison.Ordinal));
        var expected = hostile.Replace("\\n", "\n", StringComparison.Ordinal);
        Assert.Equal((expected, expected), (notes.Data["note"], notes.Data["quoted"]));
        Assert.Empty((await client.CoreV1.ListSecretForAllNamespacesAsync(fieldSelector: "metadata.name=injected")).Items);
        Assert.Empty((await client.CoreV1.ListConfigMapForAllNamespacesAsync(fieldSelector: "metadata.name=takeover")).Items);
    }

    private static string Spec(string app, string workflow) => $"""
        apiVersion: score.dev/v1b1
        metadata:
          name: {app}
        containers:
          web:
            image: nginx:1.27
        workflows:
          inject:
            parameters:
        {Indent(workflow)}
        """;

    private static string Indent(string text) =>
        string.Join("\n", text.Split('\n').Select(line => line.Length == 0 ? line : "    " + line));

    private static async Task<JsonElement> WaitForInlineRunAsync(TwoTeams teams, string app)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var (_, body) = await teams.SendAsync(HttpMethod.Get, $"/api/workflows?application={app}&kind=score-workflow", teams.Alice);
            using var page = JsonDocument.Parse(body);
            var run = page.RootElement.GetProperty("items").EnumerateArray().FirstOrDefault();
            if (run.ValueKind == JsonValueKind.Object && run.GetProperty("state").GetString() is "succeeded" or "failed" or "cancelled")
            {
                var (_, detail) = await teams.SendAsync(HttpMethod.Get, $"/api/workflows/{run.GetProperty("id").GetGuid()}", teams.Alice);
                return JsonDocument.Parse(detail).RootElement.Clone();
            }
            Assert.True(DateTime.UtcNow < deadline, $"no finished inline run of {app} after 60 s: {body}");
            await Task.Delay(200);
        }
    }
}
