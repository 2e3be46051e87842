using Innominatus.ServiceDefaults.Data;
using Innominatus.ServiceDefaults.Messaging;
using Innominatus.WorkflowService.Applications;
using Innominatus.ServiceDefaults.Security;
using Innominatus.WorkflowService.Data;
using Innominatus.WorkflowService.Diagnostics;
using Innominatus.WorkflowService.GoldenPathRuns;
using Innominatus.WorkflowService.GoldenPaths;
using Innominatus.WorkflowService.Outbox;
using Innominatus.WorkflowService.Providers;
using Innominatus.WorkflowService.Resources;
using Innominatus.WorkflowService.Workflows;

namespace Innominatus.WorkflowService.Extensions;

public static class Extensions
{
    public const string ServiceName = "workflow";

    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<WorkflowDbContext, IHostApplicationBuilder>(WorkflowDbContext.Schema);
        builder.AddServiceMessaging(ServiceName, bus =>
        {
            bus.AddConsumer<BusProbeAnsweredConsumer>();
            bus.AddWorkflowConsumers(builder.Configuration.GetValue("Workflows:MaxConcurrentSteps", 128));
        });
        builder.AddInternalCallerAuthentication();
        Workflows.Limits.WorkflowLimitsSetup.Configure(builder.Configuration);
        builder.Services.Configure<BusProbeOptions>(builder.Configuration.GetSection("Diagnostics:BusProbe"));
        builder.Services.AddScoped<BusProbe>();
        builder.Services.AddHttpContextAccessor();

        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddScoped<OutboxWriter>();
        builder.Services.AddHostedService<OutboxRelay>();

        builder.AddProviders();
        builder.AddGoldenPaths();
        builder.Services.AddScoped<IGoldenPathRunStarter, StoredGoldenPathRunStarter>();
        builder.Services.AddScoped<ProviderLookup>();
        builder.Services.AddScoped<ResourcePlanner>();
        builder.Services.AddScoped<ResourceRetries>();
        builder.Services.AddHostedService<StuckResourceSweep>();
        builder.Services.AddScoped<ApplicationSubmissionService>();
        builder.Services.AddSingleton<SpecTenancyCheck>();
        builder.Services.AddScoped<ApplicationLifecycleService>();
        builder.Services.AddScoped<ApplicationPlanService>();
        builder.Services.AddScoped<Graph.ApplicationGraphBuilder>();
        builder.Services.AddScoped<Graph.RunGraphBuilder>();
        builder.Services.AddScoped<Workloads.WorkloadRuns>();
        builder.Services.AddScoped<Workloads.InlineWorkflowRuns>();
        builder.Services.AddSingleton<ResourceCountsGauge>();
        builder.Services.AddHostedService(services => services.GetRequiredService<ResourceCountsGauge>());
        builder.Services.AddWorkflowEngine();
        Workflows.Retention.RetentionExtensions.AddWorkflowRetention(builder);
    }
}
