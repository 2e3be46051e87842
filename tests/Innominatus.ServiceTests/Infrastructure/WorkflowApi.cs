extern alias workflow;
using System.Net.Http.Headers;

namespace Innominatus.ServiceTests.Infrastructure;

/// <summary>
/// The workflow service on the real PostgreSQL and RabbitMQ, called as the gateway calls it: with the signed internal
/// token of an authenticated caller. (The gateway's own part, authentication and routing, is tested in Identity/.)
/// </summary>
public sealed class WorkflowApi : IAsyncDisposable
{
    private WorkflowApi(ServiceFactory<workflow::Program> workflowService) => Workflow = workflowService;

    public ServiceFactory<workflow::Program> Workflow { get; }

    public static async Task<WorkflowApi> StartAsync(IReadOnlyDictionary<string, string>? workflowSettings = null)
    {
        var workflowService = new ServiceFactory<workflow::Program>(TestInfrastructure.NewDatabaseConnectionString(), workflowSettings);
        using var _ = await workflowService.StartAsync();
        return new WorkflowApi(workflowService);
    }

    /// <summary>A client calling as <paramref name="user"/> of <paramref name="team"/>; no user means no credential at all.</summary>
    public HttpClient As(string? user, string? team = null, string? roles = null)
    {
        var client = Workflow.CreateClient();
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return user is null ? client : Caller.As(client, user, team, roles);
    }

    public async ValueTask DisposeAsync() => await Workflow.DisposeAsync();
}
