namespace Innominatus.Web.Gateway.Models;

public sealed record ResourceTransition(string From, string To, string Reason, string Actor, DateTimeOffset At);
