using System.Globalization;

namespace Innominatus.WorkflowService.Graph;

/// <summary>What every drawing writes on a node and how it colours a state, so the exports agree.</summary>
public static class GraphText
{
    /// <summary>The label, then the state, provider and duration where the node has them, one per line.</summary>
    public static string Caption(GraphNode node) => string.Join('\n', Lines(node));

    /// <summary>The label's own line breaks stay line breaks; other control characters (which XML cannot carry) become spaces.</summary>
    public static IEnumerable<string> Lines(GraphNode node)
    {
        foreach (var part in node.Label.Split('\n'))
        {
            yield return Clean(part);
        }
        var details = new[]
        {
            node.State,
            node.Provider is null ? null : "provider " + node.Provider,
            node.DurationSeconds is { } seconds ? seconds.ToString("0.###", CultureInfo.InvariantCulture) + " s" : null,
        }.Where(d => d is not null);
        var line = Clean(string.Join(" · ", details));
        if (line.Length > 0)
        {
            yield return line;
        }
    }

    /// <summary>A CSS and Mermaid class name: states are lower-case words, anything else becomes '_'.</summary>
    public static string StateClass(string state) => "state_" + Word(state);

    public static string Fill(string? state) => (state is null ? null : Word(state)) switch
    {
        "active" or "succeeded" or "completed" => "#d4edda",
        "failed" or "rejected" => "#f8d7da",
        "running" or "provisioning" or "deprovisioning" or "queued" => "#fff3cd",
        "waiting_approval" or "pending" or "requested" => "#e2e3e5",
        "cancelled" or "skipped" or "deleted" => "#f0f0f0",
        _ => "#ffffff",
    };

    public static string MermaidStyle(string stateClass) => $"fill:{Fill(stateClass["state_".Length..])},stroke:#555";

    public static string Clean(string text) => new(text.Select(c => char.IsControl(c) ? ' ' : c).ToArray());

    private static string Word(string state) => new(state.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '_').ToArray());
}
