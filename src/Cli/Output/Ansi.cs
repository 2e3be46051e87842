namespace Innominatus.Cli.Output;

/// <summary>ANSI colour codes; used only when colour is on (a terminal, no NO_COLOR).</summary>
public static class Ansi
{
    public const string Reset = "\u001b[0m";
    public const string Bold = "\u001b[1m";
    public const string Dim = "\u001b[2m";
    public const string Red = "\u001b[31m";
    public const string Green = "\u001b[32m";
    public const string Yellow = "\u001b[33m";
    public const string Blue = "\u001b[34m";
    public const string Cyan = "\u001b[36m";

    /// <summary>The colour of a workflow, step or resource state.</summary>
    public static string? ForState(string? state) => state switch
    {
        "succeeded" or "active" or "valid" or "ok" => Green,
        "failed" or "cancelled" or "rejected" or "invalid" => Red,
        "running" or "provisioning" or "deprovisioning" or "queued" => Cyan,
        "waiting_approval" or "requested" or "warning" => Yellow,
        "pending" or "skipped" or "deleted" => Dim,
        _ => null,
    };
}
