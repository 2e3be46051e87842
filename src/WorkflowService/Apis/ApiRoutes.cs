namespace Innominatus.WorkflowService.Apis;

public static class ApiRoutes
{
    /// <summary>Every API of the workflow service; the gateway's route table sends /api/** prefixes here.</summary>
    public static WebApplication MapApis(this WebApplication app)
    {
        app.MapDiagnosticsApi();
        app.MapApplicationsApi();
        app.MapSpecsApi();
        app.MapResourcesApi();
        app.MapWorkflowsApi();
        app.MapWorkflowPlansApi();
        app.MapEventsApi();
        app.MapGraphApi();
        app.MapProvidersApi();
        app.MapProvidersAdminApi();
        app.MapGoldenPathsApi();
        app.MapGoldenPathsAdminApi();
        app.MapPlatformRunsApi();
        app.MapPlatformReadinessApi();
        return app;
    }
}
