using Innominatus.DemoService.Catalogue;
using Innominatus.DemoService.Data;
using Innominatus.DemoService.Installation;
using Innominatus.DemoService.Status;
using Innominatus.ServiceDefaults.Data;
using Innominatus.ServiceDefaults.Messaging;
using Innominatus.ServiceDefaults.Security;

namespace Innominatus.DemoService.Extensions;

public static class Extensions
{
    public const string ServiceName = "demo";

    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<DemoDbContext, IHostApplicationBuilder>(DemoDbContext.Schema);
        builder.AddServiceMessaging(ServiceName);
        builder.AddInternalCallerAuthentication();
        // Read (and checked) before the service starts: a bad catalogue stops it with one line naming the problems.
        builder.Services.AddSingleton(LoadCatalogue(builder.Configuration));
        var workflowService = builder.Configuration["Demo:WorkflowService"] ?? "http://workflow-service";
        builder.Services.AddHttpClient<WorkflowServiceClient>(http => http.BaseAddress = new Uri(workflowService));
        builder.Services.AddSingleton<HttpHealthCheck>();
        builder.Services.AddTransient<ComponentHealthChecks>();
    }

    /// <summary><c>Demo:Catalogue</c> names a catalogue file to use instead of the embedded one.</summary>
    private static ComponentCatalogue LoadCatalogue(IConfiguration configuration) =>
        configuration["Demo:Catalogue"] is { Length: > 0 } path
            ? ComponentCatalogue.Parse(File.ReadAllText(path), path)
            : ComponentCatalogue.Embedded();
}
