namespace Innominatus.Web.Gateway.Models;

public sealed record LogLine(string Step, DateTimeOffset At, string Line);
