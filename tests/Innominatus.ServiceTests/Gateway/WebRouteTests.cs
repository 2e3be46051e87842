using System.Net;

namespace Innominatus.ServiceTests.Gateway;

/// <summary>
/// The gateway's catch-all route to the web UI: anonymous, but never for /api. The UI is not running here, so a
/// request the gateway lets through ends as the proxy's 502 rather than the gateway's own 401 or 404.
/// </summary>
public class WebRouteTests
{
    [Theory]
    [InlineData("GET", "/")]
    [InlineData("GET", "/workflows/0190c2a4-0000-7000-8000-000000000000")]
    [InlineData("GET", "/_content/Microsoft.FluentUI.AspNetCore.Components/css/reboot.css")]
    [InlineData("POST", "/signin")]
    [InlineData("POST", "/_blazor/negotiate")]
    public async Task Paths_outside_the_api_are_proxied_to_the_ui_without_a_credential(string method, string path)
    {
        await using var gateway = new GatewayFactory();
        using var client = gateway.CreateClient();

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
    }

    [Theory]
    [InlineData("GET", "/api/no-such-route")]
    [InlineData("GET", "/api")]
    [InlineData("POST", "/API/no-such-route")]
    public async Task An_api_path_no_api_route_matches_never_reaches_the_ui(string method, string path)
    {
        await using var gateway = new GatewayFactory();
        using var client = gateway.CreateClient();

        var anonymous = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }
}
