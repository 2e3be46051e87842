using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Innominatus.WorkflowService.GoldenPaths;

public static class GoldenPathsExtensions
{
    public static IHostApplicationBuilder AddGoldenPaths(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<GoldenPathsOptions>(builder.Configuration.GetSection(GoldenPathsOptions.Section));
        builder.Services.AddSingleton<GoldenPathLoader>();
        builder.Services.AddSingleton<IGoldenPathCatalog, GoldenPathCatalog>();
        builder.Services.TryAddScoped<ITeamOwnership, StoredTeamOwnership>();
        builder.Services.AddScoped<GoldenPathRunGuard>();
        builder.Services.AddHostedService<GoldenPathCatalogLoader>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<IGoldenPathRunStarter, InMemoryGoldenPathRunStarter>();
        return builder;
    }
}
