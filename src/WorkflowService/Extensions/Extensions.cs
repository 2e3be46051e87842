using Innominatus.ServiceDefaults.Data;
using Innominatus.ServiceDefaults.Messaging;
using Innominatus.ServiceDefaults.Security;
using Innominatus.WorkflowService.Data;
using Innominatus.WorkflowService.Diagnostics;

namespace Innominatus.WorkflowService.Extensions;

public static class Extensions
{
    public const string ServiceName = "workflow";

    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<WorkflowDbContext, IHostApplicationBuilder>(WorkflowDbContext.Schema);
        builder.AddServiceMessaging(ServiceName, bus => bus.AddConsumer<BusProbeAnsweredConsumer>());
        builder.AddInternalCallerAuthentication();
        builder.Services.Configure<BusProbeOptions>(builder.Configuration.GetSection("Diagnostics:BusProbe"));
        builder.Services.AddScoped<BusProbe>();
    }
}
