namespace Innominatus.ServiceTests.Workflows.Leases;

/// <summary>What the tests' scripts leave behind: lines appended to files (one per start of a step's body), process ids.</summary>
public static class StepTraces
{
    public static async Task<string[]> WaitForLinesAsync(string path, int count, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var lines = File.Exists(path) ? File.ReadAllLines(path) : [];
            if (lines.Length >= count)
            {
                return lines;
            }
            Assert.True(DateTime.UtcNow < deadline, $"{path} had {lines.Length} line(s), not {count}, after {seconds} s");
            await Task.Delay(50);
        }
    }

    /// <summary>A process that has exited (a zombie nobody reaps, in a container without an init, counts as gone).</summary>
    public static bool Gone(int pid)
    {
        var stat = $"/proc/{pid}/stat";
        try
        {
            var text = File.ReadAllText(stat);
            return text[(text.LastIndexOf(')') + 2)..].StartsWith('Z');
        }
        catch (IOException)
        {
            return true;
        }
    }

    public static async Task WaitUntilGoneAsync(int pid, int seconds)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!Gone(pid))
        {
            Assert.True(DateTime.UtcNow < deadline, $"process {pid} still runs {seconds} s later");
            await Task.Delay(50);
        }
    }
}
