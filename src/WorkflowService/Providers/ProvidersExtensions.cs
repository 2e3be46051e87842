namespace Innominatus.WorkflowService.Providers;

public static class ProvidersExtensions
{
    public static IHostApplicationBuilder AddProviders(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<ProvidersOptions>(builder.Configuration.GetSection(ProvidersOptions.Section));
        builder.Services.AddSingleton<ProviderSetLoader>();
        builder.Services.AddSingleton<IProviderCatalog, ProviderCatalog>();
        builder.Services.AddHostedService<ProviderCatalogLoader>();
        return builder;
    }
}
