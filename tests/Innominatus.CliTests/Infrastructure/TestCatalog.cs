namespace Innominatus.CliTests.Infrastructure;

/// <summary>
/// A provider and golden paths of the tests, whose workflows are script and noop steps, so deployments run to the
/// end without a cluster. <c>flaky</c> fails until the file <see cref="FlakyMarker"/> exists.
/// </summary>
public static class TestCatalog
{
    public static string FlakyMarker(string work) => Path.Combine(work, "flaky-may-pass");

    public static (string Providers, string GoldenPaths) Write(string work)
    {
        var provider = Directory.CreateDirectory(Path.Combine(work, "providers", "test-platform")).FullName;
        Directory.CreateDirectory(Path.Combine(provider, "workflows"));
        File.WriteAllText(Path.Combine(provider, "provider.yaml"), """
            apiVersion: innominatus.dev/v1
            kind: Provider
            metadata: {name: test-platform, team: test-platform, version: 1.0.0, description: Providers of the CLI tests}
            resourceTypes:
              - type: test-db
                description: Two script steps that log lines.
                workflows: {create: create-test-db, delete: delete-test-db}
              - type: flaky
                description: Fails until a marker file exists.
                workflows: {create: create-flaky, delete: delete-flaky}
              - type: slow
                description: Takes longer than the tests wait.
                workflows: {create: create-slow, delete: delete-flaky}
            """);
        Workflow(provider, "create-test-db", """
              - name: prepare
                type: script
                config:
                  script: echo "preparing ${parameters.resource_name}"
              - name: provision
                type: script
                dependsOn: [prepare]
                config:
                  script: echo "provisioned ${parameters.resource_name}"
            """);
        Workflow(provider, "create-flaky", $$"""
              - name: check
                type: script
                config:
                  script: |
                    echo "checking the marker"
                    test -f {{FlakyMarker(work)}} || { echo "marker missing"; exit 1; }
                    echo "flaky is fine now"
            """);
        Workflow(provider, "create-slow", """
              - name: wait
                type: script
                config: {script: "echo waiting; sleep 30"}
            """);
        Workflow(provider, "delete-test-db", "  - {name: remove, type: noop}\n");
        Workflow(provider, "delete-flaky", "  - {name: remove, type: noop}\n");

        var goldenPaths = Directory.CreateDirectory(Path.Combine(work, "golden-paths")).FullName;
        GoldenPath(goldenPaths, "hello", "  who: {type: string, required: true}\n  times: {type: integer, default: 1}\n", """
              - name: greet
                type: script
                config:
                  script: echo "hello ${parameters.who} x${parameters.times}"
            """);
        GoldenPath(goldenPaths, "gated", "", """
              - name: gate
                type: approval
                config: {message: needs a yes}
              - name: after
                type: script
                dependsOn: [gate]
                config: {script: echo "after the gate"}
            """);
        return (Path.Combine(work, "providers"), goldenPaths);
    }

    private static void Workflow(string provider, string name, string steps) =>
        File.WriteAllText(Path.Combine(provider, "workflows", name + ".yaml"),
            $"apiVersion: innominatus.dev/v1\nkind: Workflow\nmetadata: {{name: {name}}}\nparameters:\n  resource_name: {{type: string, required: true}}\nsteps:\n{steps}");

    private static void GoldenPath(string folder, string name, string parameters, string steps) =>
        File.WriteAllText(Path.Combine(folder, name + ".yaml"),
            $"apiVersion: innominatus.dev/v1\nkind: GoldenPath\nmetadata:\n  name: {name}\n  description: A golden path of the CLI tests.\n  category: test\n"
            + (parameters.Length > 0 ? "parameters:\n" + parameters : "") + "steps:\n" + steps);
}
