using Innominatus.ServiceDefaults.Kubernetes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Innominatus.UnitTests.Hosting;

public class ShutdownDelayTests
{
    [Fact]
    public void Outside_Kubernetes_there_is_no_delay_unless_configured()
    {
        Assert.Equal(TimeSpan.Zero, ShutdownDelay.From(Settings(("RUNNING_IN_KUBERNETES", "false"))).Delay);
        Assert.Equal(TimeSpan.FromSeconds(5), ShutdownDelay.From(Settings(("RUNNING_IN_KUBERNETES", "true"))).Delay);
        Assert.Equal(TimeSpan.FromSeconds(2), ShutdownDelay.From(Settings(("RUNNING_IN_KUBERNETES", "true"), ("Shutdown:DelaySeconds", "2"))).Delay);
        Assert.Equal(TimeSpan.Zero, ShutdownDelay.From(Settings(("RUNNING_IN_KUBERNETES", "true"), ("Shutdown:DelaySeconds", "0"))).Delay);
    }

    [Fact]
    public async Task A_request_that_arrives_after_the_stop_signal_is_still_answered_during_the_delay()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddHostedService(_ => new ShutdownDelay(TimeSpan.FromSeconds(3)));
        await using var app = builder.Build();
        app.MapGet("/", () => "still here");
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();

        var stopping = app.StopAsync();
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        Assert.False(stopping.IsCompleted, "the host stopped without waiting");
        // A new connection, as kube-proxy would route one to a pod it has not yet taken out of the Service.
        using var client = new HttpClient();
        Assert.Equal("still here", await client.GetStringAsync(address));
        await stopping;
    }

    private static IConfiguration Settings(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();
}
