using Innominatus.ServiceTests.Identity;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Innominatus.ServiceTests.ApiReference;

/// <summary>
/// The API reference is only as good as its summaries: every route a service maps (health and metrics, which are not
/// minimal APIs, and the document itself aside) carries a name and a summary, hidden ones included.
/// </summary>
[Collection(IdentityStackCollection.Name)]
public class RouteSummaryTests(IdentityStack stack)
{
    [Theory]
    [InlineData("workflow")]
    [InlineData("identity")]
    [InlineData("demo")]
    public void Every_route_of_the_service_has_a_name_and_a_summary(string service)
    {
        var services = service switch
        {
            "workflow" => stack.Workflow.Services,
            "identity" => stack.Identity.Services,
            _ => stack.Demo.Services,
        };

        var routes = services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>() is not null && !e.RoutePattern.RawText!.StartsWith("/openapi/", StringComparison.Ordinal))
            .ToList();

        var missing = routes
            .Where(e => string.IsNullOrWhiteSpace(e.Metadata.GetMetadata<IEndpointSummaryMetadata>()?.Summary) || e.Metadata.GetMetadata<IEndpointNameMetadata>() is null)
            .Select(e => $"{string.Join(",", e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods)} {e.RoutePattern.RawText}")
            .ToList();
        Assert.True(missing.Count == 0, $"{service} routes without a name or summary: {string.Join("; ", missing)}");
        if (service != "demo")
        {
            Assert.NotEmpty(routes);
        }
    }
}
