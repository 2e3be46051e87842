namespace Innominatus.ServiceTests.Infrastructure;

/// <summary>Golden paths written to a folder the service loads, for tests that need workflows of their own.</summary>
public static class GoldenPathFiles
{
    /// <summary>Writes <c>NAME.yaml</c> with the given steps (YAML list items indented by two spaces).</summary>
    public static string Write(string root, string name, string steps, string? parameters = null)
    {
        var folder = Directory.CreateDirectory(Path.Combine(root, "golden-paths")).FullName;
        File.WriteAllText(Path.Combine(folder, name + ".yaml"),
            $"apiVersion: innominatus.dev/v1\nkind: GoldenPath\nmetadata:\n  name: {name}\n  description: A golden path of the tests.\n  category: test\n{parameters}steps:\n{steps}");
        return folder;
    }

    /// <summary>Sequential script steps whose effect (a line in a file per step) is guarded by the attempt's idempotency key.</summary>
    public static string SlowSteps(int count, string effects, int sleepSeconds) => string.Concat(Enumerable.Range(1, count).Select(i =>
        $"  - name: step-{i}\n    type: script\n" + (i > 1 ? $"    dependsOn: [step-{i - 1}]\n" : "") +
        "    config:\n      script: |\n" +
        $"        sleep {sleepSeconds}\n" +
        $"        mkdir -p {effects}/.keys\n" +
        $"        if mkdir \"{effects}/.keys/$INNOMINATUS_IDEMPOTENCY_KEY\" 2>/dev/null; then echo applied >> {effects}/step-{i}; fi\n"));
}
