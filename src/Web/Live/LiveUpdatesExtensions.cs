using Innominatus.Web.Gateway;

namespace Innominatus.Web.Live;

public static class LiveUpdatesExtensions
{
    /// <summary>The per-circuit event stream and its own HTTP client, without the timeouts and retries of API calls.</summary>
    public static void AddLiveUpdates(this WebApplicationBuilder builder, Uri gateway)
    {
        builder.Services.Configure<LiveOptions>(builder.Configuration.GetSection("Web:Live"));
        var events = builder.Services.AddHttpClient(GatewayClient.EventsClientName, client =>
            {
                client.BaseAddress = gateway;
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { UseCookies = false });
#pragma warning disable EXTEXP0001 // Removing the defaults' resilience handler is still marked experimental.
        events.RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        builder.Services.AddScoped<LiveUpdates>();
    }
}
