namespace Innominatus.IdentityService.Audit;

/// <summary>One security-relevant event: who did what to what, when, and whether it worked. Never holds a secret.</summary>
public sealed class AuditEntry
{
    public long Id { get; init; }

    public DateTimeOffset At { get; init; }

    public required string Actor { get; init; }

    public required string Action { get; init; }

    public string? Target { get; init; }

    /// <summary><c>success</c>, <c>failure</c> or <c>denied</c>.</summary>
    public required string Outcome { get; init; }

    public string? Detail { get; init; }

    public string? ClientAddress { get; init; }
}
