using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Yarp.ReverseProxy.Configuration;

namespace Innominatus.ServiceTests.Identity;

/// <summary>
/// Every route × {anonymous, user of team A, user of team B, admin, revoked key, expired token}, through the gateway.
/// Routes come from the services' endpoint data sources and the gateway's route table, so a new route cannot escape.
/// </summary>
[Collection(IdentityStackCollection.Name)]
public class AccessMatrixTests(IdentityStack stack)
{
    [Fact]
    public void Every_service_route_has_a_matrix_row_and_a_gateway_route()
    {
        var serviceRoutes = ServiceRoutes();
        var gatewayPrefixes = GatewayRoutes().Select(Prefix).ToList();
        var rows = MatrixRows.All.Select(r => r.Route).ToHashSet();

        Assert.True(serviceRoutes.SetEquals(rows),
            $"Routes without a matrix row: [{string.Join(", ", serviceRoutes.Except(rows))}]; rows without a route: [{string.Join(", ", rows.Except(serviceRoutes))}]");
        Assert.All(serviceRoutes, route => Assert.Contains(gatewayPrefixes, prefix => (route.Split(' ')[1] + "/").StartsWith(prefix, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(MatrixCallers.Anonymous)]
    [InlineData(MatrixCallers.UserA)]
    [InlineData(MatrixCallers.UserB)]
    [InlineData(MatrixCallers.Admin)]
    [InlineData(MatrixCallers.RevokedKey)]
    [InlineData(MatrixCallers.ExpiredToken)]
    public async Task Every_service_route_answers_each_caller_as_expected(string caller)
    {
        var callers = await MatrixCallers.GetAsync(stack);
        using var gateway = stack.Gateway.CreateClient();
        var wrong = new List<string>();

        foreach (var row in MatrixRows.All)
        {
            using var request = new HttpRequestMessage(new HttpMethod(row.Method), row.Path);
            if (row.Body() is { } body)
            {
                request.Content = JsonContent.Create(body);
            }
            if (!row.Public)
            {
                // Public routes are called without credentials: a logout with user B's session would end it.
                callers.Apply(caller, request);
            }
            using var response = await gateway.SendAsync(request);
            var status = (int)response.StatusCode;
            var expected = row.Expected(caller);
            if (expected == MatrixRow.ReachesService ? status is 401 or 403 : status != expected)
            {
                wrong.Add($"{row.Route} ({row.Path}): {status}, expected {(expected == 0 ? "not 401/403" : expected)}: {await response.Content.ReadAsStringAsync()}");
            }
            else if (status is 401 or 403 or 404)
            {
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    [Theory]
    [InlineData(MatrixCallers.Anonymous)]
    [InlineData(MatrixCallers.UserA)]
    [InlineData(MatrixCallers.Admin)]
    [InlineData(MatrixCallers.RevokedKey)]
    [InlineData(MatrixCallers.ExpiredToken)]
    public async Task Every_gateway_route_needs_a_caller_unless_it_is_public(string caller)
    {
        var callers = await MatrixCallers.GetAsync(stack);
        using var gateway = stack.Gateway.CreateClient();
        var wrong = new List<string>();

        foreach (var prefix in GatewayRoutes().Select(Prefix).Distinct())
        {
            var path = prefix.TrimEnd('/');
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            callers.Apply(caller, request);
            using var response = await gateway.SendAsync(request);
            var status = (int)response.StatusCode;
            var isPublic = path is "/api/login" or "/api/logout" || !path.StartsWith("/api/", StringComparison.Ordinal);
            var authenticated = caller is MatrixCallers.UserA or MatrixCallers.Admin;
            var ok = isPublic ? status is not 401 and not 403
                : !authenticated ? status == 401
                : path.StartsWith("/api/admin/", StringComparison.Ordinal) && caller != MatrixCallers.Admin ? status == 403
                : status is not 401 and not 403;
            if (!ok)
            {
                wrong.Add($"GET {path}: {status}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    [Fact]
    public async Task The_internal_credential_check_is_not_reachable_through_the_gateway()
    {
        using var gateway = stack.Gateway.CreateClient();

        var response = await gateway.PostAsJsonAsync("/internal/credentials/check", new { credential = "inn_x" });

        Assert.Equal(404, (int)response.StatusCode);
    }

    private HashSet<string> ServiceRoutes()
    {
        var routes = new HashSet<string>();
        foreach (var services in new[] { stack.Identity.Services, stack.Workflow.Services, stack.Demo.Services })
        {
            foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
            {
                var pattern = endpoint.RoutePattern.RawText ?? "";
                if (!pattern.StartsWith("/api", StringComparison.Ordinal))
                {
                    continue;
                }
                foreach (var method in endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["ANY"])
                {
                    routes.Add($"{method} {pattern}");
                }
            }
        }
        return routes;
    }

    private IEnumerable<RouteConfig> GatewayRoutes()
    {
        using var _ = stack.Gateway.CreateClient();
        return stack.Gateway.Services.GetRequiredService<IProxyConfigProvider>().GetConfig().Routes;
    }

    private static string Prefix(RouteConfig route) => route.Match.Path!.Replace("{**rest}", "", StringComparison.Ordinal);
}
