using Microsoft.Extensions.Configuration;

namespace Innominatus.ServiceDefaults.Messaging;

/// <summary>
/// How long a consumer keeps retrying a transient failure before its message is dead-lettered. The defaults
/// (8 retries, 200 ms doubling up to 30 s: about 90 s in all) outlast a PostgreSQL restart or failover; set
/// <c>Messaging:Retry:Limit</c>, <c>MinIntervalMs</c>, <c>MaxIntervalMs</c> and <c>DeltaMs</c> to change them.
/// </summary>
public sealed record MessageRetrySettings(int Limit, TimeSpan MinInterval, TimeSpan MaxInterval, TimeSpan Delta)
{
    public static MessageRetrySettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Messaging:Retry");
        return new MessageRetrySettings(
            Math.Max(0, section.GetValue("Limit", 8)),
            TimeSpan.FromMilliseconds(Math.Max(1, section.GetValue("MinIntervalMs", 200))),
            TimeSpan.FromMilliseconds(Math.Max(1, section.GetValue("MaxIntervalMs", 30_000))),
            TimeSpan.FromMilliseconds(Math.Max(1, section.GetValue("DeltaMs", 400))));
    }
}
