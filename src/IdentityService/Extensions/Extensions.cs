using Innominatus.IdentityService.Data;
using Innominatus.ServiceDefaults.Data;
using Innominatus.ServiceDefaults.Messaging;

namespace Innominatus.IdentityService.Extensions;

public static class Extensions
{
    public const string ServiceName = "identity";

    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<IdentityDbContext, IHostApplicationBuilder>(IdentityDbContext.Schema);
        builder.AddServiceMessaging(ServiceName);
    }
}
