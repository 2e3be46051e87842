namespace Innominatus.ServiceTests.Infrastructure;

/// <summary>Golden paths written to a folder the service loads, for tests that need workflows of their own.</summary>
public static class GoldenPathFiles
{
    public static string Write(string root, string name, string workflowSteps, string parameters = "{}")
    {
        var folder = Directory.CreateDirectory(Path.Combine(root, "goldenpaths")).FullName;
        File.WriteAllText(Path.Combine(folder, name + ".yaml"), $"""
            apiVersion: innominatus.dev/v1
            kind: GoldenPath
            metadata:
              name: {name}
              description: test golden path
            category: test
            parameters: {parameters}
            workflow:
              steps:
            {workflowSteps}
            """);
        return folder;
    }

    /// <summary>Sequential script steps whose effect (a file per step) is guarded by the attempt's idempotency key.</summary>
    public static string SlowSteps(int count, string effects, int sleepSeconds) => string.Concat(Enumerable.Range(1, count).Select(i => $"""
              - name: step-{i}
                type: script
        {(i > 1 ? $"        dependsOn: [step-{i - 1}]\n" : "")}        config:
                  script: |
                    sleep {sleepSeconds}
                    mkdir -p {effects}/.keys
                    if mkdir {effects}/.keys/$INNOMINATUS_IDEMPOTENCY_KEY 2>/dev/null; then echo applied >> {effects}/step-{i}; fi

        """));
}
