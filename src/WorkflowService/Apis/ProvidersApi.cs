using Innominatus.WorkflowService.Providers;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Innominatus.WorkflowService.Apis;

public static class ProvidersApi
{
    public static RouteGroupBuilder MapProvidersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/providers").WithTags("Providers").RequireAuthorization();
        api.MapGet("/", ListProviders)
            .WithName("ListProviders")
            .WithSummary("Lists the loaded providers with the resource types and aliases each one offers.");
        api.MapGet("/{name}", GetProvider)
            .WithName("GetProvider")
            .WithSummary("Shows one provider: per resource type its workflows and steps per operation, parameters and outputs.");
        return api;
    }

    public static RouteGroupBuilder MapProvidersAdminApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/admin/providers").WithTags("Providers").RequireAuthorization(Innominatus.ServiceDefaults.Security.InternalCallerDefaults.AdminPolicy);
        api.MapPost("/reload", ReloadProviders)
            .WithName("ReloadProviders")
            .WithSummary("Reloads every provider source; on any error the previous providers stay in place.");
        return api;
    }

    public static Ok<IReadOnlyList<ProviderSummary>> ListProviders(IProviderCatalog catalog) =>
        TypedResults.Ok<IReadOnlyList<ProviderSummary>>([.. catalog.Providers.Select(ProviderSummary.From)]);

    public static Results<Ok<ProviderDetail>, ProblemHttpResult> GetProvider(string name, IProviderCatalog catalog)
    {
        var provider = catalog.Providers.FirstOrDefault(p => p.Name == name);
        if (provider is null)
        {
            return TypedResults.Problem(
                title: "Provider not found",
                detail: $"No provider named '{name}' is loaded.",
                statusCode: StatusCodes.Status404NotFound);
        }
        return TypedResults.Ok(ProviderDetail.From(provider));
    }

    public static async Task<Results<Ok<ProviderLoadResult>, ProblemHttpResult>> ReloadProviders(IProviderCatalog catalog, CancellationToken cancellationToken)
    {
        var result = await catalog.ReloadAsync(cancellationToken);
        if (result.Succeeded)
        {
            return TypedResults.Ok(result);
        }
        return TypedResults.Problem(
            title: "The providers could not be reloaded",
            detail: $"{result.Errors.Count} errors; the {result.Providers.Count} providers loaded before stay in use.",
            statusCode: StatusCodes.Status422UnprocessableEntity,
            extensions: new Dictionary<string, object?> { ["errors"] = result.Errors, ["providers"] = result.Providers });
    }
}
