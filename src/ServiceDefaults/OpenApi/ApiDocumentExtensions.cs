using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Innominatus.ServiceDefaults.OpenApi;

public static class ApiDocumentExtensions
{
    /// <summary>Where every service serves its OpenAPI document; the gateway fetches it from there.</summary>
    public const string DocumentPath = "/openapi/v1.json";

    /// <summary>
    /// The service's OpenAPI document, generated from its minimal-API metadata (names, summaries, typed results), with
    /// the title and the credentials the gateway accepts. Endpoints marked <c>ExcludeFromDescription</c> stay out.
    /// </summary>
    public static TBuilder AddApiDocument<TBuilder>(this TBuilder builder, string title, string description) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddOpenApi("v1", options =>
        {
            options.AddDocumentTransformer(new ApiDocumentInfo(title, description));
            options.AddOperationTransformer<ApiOperationSecurity>();
        });
        return builder;
    }

    /// <summary>
    /// <see cref="DocumentPath"/>, anonymous: the document holds routes and shapes, never a secret, and the gateway
    /// publishes it as the API reference.
    /// </summary>
    public static WebApplication MapApiDocument(this WebApplication app)
    {
        app.MapOpenApi(DocumentPath.Replace("v1", "{documentName}", StringComparison.Ordinal));
        return app;
    }
}
