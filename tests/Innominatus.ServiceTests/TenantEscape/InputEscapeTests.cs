using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using Innominatus.ServiceTests.Identity;

namespace Innominatus.ServiceTests.TenantEscape;

/// <summary>Alice posts hostile YAML through the gateway; the services run in this process, so its memory is theirs.</summary>
[Collection(IdentityStackCollection.Name)]
public class InputEscapeTests(IdentityStack stack)
{
    [Fact]
    public async Task An_alias_bomb_of_403_kb_is_refused_quickly_and_the_service_memory_stays_flat()
    {
        var teams = await TwoTeams.CreateAsync(stack);
        var name = $"bomb-{teams.TeamA[^6..]}";
        var bomb = new StringBuilder($"apiVersion: score.dev/v1b1\nmetadata: {{name: {name}}}\ncontainers:\n  main:\n    image: nginx\n    variables:\n");
        bomb.Append($"      PAYLOAD: &p \"{new string('x', 300_000)}\"\n");
        bomb.Append($"      COPIES: [{string.Join(",", Enumerable.Repeat("*p", 34_000))}]\n");
        var yaml = bomb.ToString();
        await WarmUpAsync(teams);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();

        var (status, body) = await teams.SubmitSpecAsync(teams.Alice, yaml);

        var took = clock.Elapsed;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var retained = GC.GetTotalMemory(forceFullCollection: true) - before;
        Assert.InRange(Encoding.UTF8.GetByteCount(yaml), 400_000, 412_000);
        Assert.True(status is HttpStatusCode.UnprocessableEntity or HttpStatusCode.RequestEntityTooLarge, $"{status}: {body}");
        Assert.Contains("once aliases are expanded", body);
        Assert.True(took < TimeSpan.FromSeconds(5), $"took {took}");
        // Expanded, the document is 10 GB; refused, it costs a few copies of its 403 KB (other tests may allocate meanwhile).
        Assert.True(allocated < 512L * 1024 * 1024, $"allocated {allocated / 1024 / 1024} MB while refusing it");
        Assert.True(retained < 64L * 1024 * 1024, $"kept {retained / 1024 / 1024} MB after refusing it");
        var (_, applications) = await teams.SendAsync(HttpMethod.Get, "/api/applications", teams.Alice);
        Assert.DoesNotContain(name, applications);
        Assert.DoesNotContain("xxxxxxxxxx", body);
    }

    // The first call through a fresh gateway and service allocates for its caches; that is not the bomb's cost.
    private static async Task WarmUpAsync(TwoTeams teams)
    {
        var (status, body) = await teams.SubmitSpecAsync(teams.Alice, "apiVersion: score.dev/v1b1\nmetadata: {name: x}\ncontainers: [oops]\n");
        Assert.True(status == HttpStatusCode.BadRequest, $"{status}: {body}");
        Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(body).RootElement.ValueKind);
    }
}
