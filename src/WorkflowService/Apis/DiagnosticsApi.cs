using Innominatus.WorkflowService.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Innominatus.WorkflowService.Apis;

public static class DiagnosticsApi
{
    public static RouteGroupBuilder MapDiagnosticsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/diagnostics").WithTags("Diagnostics").RequireAuthorization();
        api.MapPost("/bus-probes", RunBusProbe)
            .WithName("RunBusProbe")
            .WithSummary("Publishes a probe on the message bus and reports which services answered.");
        return api;
    }

    public static async Task<Results<Ok<BusProbeResult>, ProblemHttpResult>> RunBusProbe(BusProbe probe, CancellationToken cancellationToken)
    {
        var result = await probe.RunAsync(cancellationToken);
        if (result.Missing.Count == 0)
        {
            return TypedResults.Ok(result);
        }
        return TypedResults.Problem(
            title: "Not every service answered on the message bus",
            detail: $"No answer from {string.Join(", ", result.Missing)} to probe {result.ProbeId}.",
            statusCode: StatusCodes.Status504GatewayTimeout);
    }
}
