using System.Text.Json;

namespace Innominatus.CliTests.Infrastructure;

public static class Poll
{
    /// <summary>Runs the CLI (-o json) until <paramref name="pick"/> finds something, at most <paramref name="seconds"/>.</summary>
    public static async Task<JsonElement> UntilAsync(CliRunner cli, string[] args, Func<JsonElement, JsonElement?> pick, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var result = await cli.RunAsync([.. args, "-o", "json"]);
            Assert.True(result.ExitCode == 0, result.ToString());
            if (pick(result.Json) is { } found)
            {
                return found;
            }
            Assert.True(DateTime.UtcNow < deadline, $"'{string.Join(' ', args)}' found nothing within {seconds} s: {result.Out}");
            await Task.Delay(200);
        }
    }
}
