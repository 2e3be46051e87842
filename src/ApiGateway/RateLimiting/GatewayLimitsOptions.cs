namespace Innominatus.ApiGateway.RateLimiting;

/// <summary>Edge limits; every figure can be set under <c>Gateway:</c> (or <c>Gateway__…</c> variables).</summary>
public sealed class GatewayLimitsOptions
{
    public const string Section = "Gateway";

    /// <summary>Largest request body accepted: a Score spec is a few KB, 5 MiB leaves room for inline files.</summary>
    public long MaxRequestBodyBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Requests per verified caller (user or service) per window on <c>/api/**</c>; 0 turns the limit off.</summary>
    public int RequestsPerWindow { get; set; } = 600;

    /// <summary>
    /// Requests per client address per window, counted before the credential is checked, so that junk credentials
    /// cannot buy fresh budgets. Higher than the per-caller limit: several callers may share an address (a NAT).
    /// 0 turns the limit off.
    /// </summary>
    public int RequestsPerAddressPerWindow { get; set; } = 3000;

    public int WindowSeconds { get; set; } = 60;
}
