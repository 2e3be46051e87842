using Innominatus.DemoService.Data;
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
    }
}
