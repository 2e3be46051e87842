namespace Innominatus.Web.Gateway.Models;

/// <summary>The body of skip, approve and reject: why, recorded with the step.</summary>
public sealed record Decision(string? Reason);
