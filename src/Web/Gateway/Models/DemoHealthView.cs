namespace Innominatus.Web.Gateway.Models;

public sealed record DemoHealthView(bool Ready, long? LatencyMs, string Detail);
