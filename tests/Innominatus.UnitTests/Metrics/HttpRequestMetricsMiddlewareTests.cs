using System.Diagnostics.Metrics;
using Innominatus.ServiceDefaults.Metrics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Innominatus.UnitTests.Metrics;

public class HttpRequestMetricsMiddlewareTests
{
    [Fact]
    public async Task Counts_a_request_under_its_route_template_method_and_status()
    {
        var (metrics, measurements) = Listen();
        var context = new DefaultHttpContext();
        context.Request.Method = "GET";
        context.Request.Path = "/api/workflows/42";
        context.SetEndpoint(new RouteEndpoint(_ => Task.CompletedTask, RoutePatternFactory.Parse("/api/workflows/{id}"), 0, null, null));
        var middleware = new HttpRequestMetricsMiddleware(ctx => { ctx.Response.StatusCode = 201; return Task.CompletedTask; }, metrics);

        await middleware.InvokeAsync(context);

        var tags = Assert.Single(measurements);
        Assert.Equal("GET", tags["method"]);
        Assert.Equal("/api/workflows/{id}", tags["route"]);
        Assert.Equal("201", tags["status"]);
    }

    [Fact]
    public async Task Counts_a_request_that_matched_no_route_as_unmatched_and_still_counts_when_the_handler_throws()
    {
        var (metrics, measurements) = Listen();
        var context = new DefaultHttpContext();
        context.Request.Method = "POST";
        var middleware = new HttpRequestMetricsMiddleware(_ => throw new InvalidOperationException(), metrics);

        await Assert.ThrowsAsync<InvalidOperationException>(() => middleware.InvokeAsync(context));

        Assert.Equal("unmatched", Assert.Single(measurements)["route"]);
    }

    private static (InnominatusMetrics Metrics, List<Dictionary<string, string?>> Measurements) Listen()
    {
        var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var factory = services.GetRequiredService<IMeterFactory>();
        var metrics = new InnominatusMetrics(factory);
        var measurements = new List<Dictionary<string, string?>>();
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Name == "innominatus_http_requests" && instrument.Meter.Scope == factory)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
            measurements.Add(tags.ToArray().ToDictionary(t => t.Key, t => t.Value?.ToString())));
        listener.Start();
        return (metrics, measurements);
    }
}
