using Innominatus.ServiceDefaults.OpenApi;
using Scalar.AspNetCore;

namespace Innominatus.ApiGateway.ApiReference;

public static class ApiReferenceExtensions
{
    public const string PagePath = "/api-reference";

    public static readonly string[] LegacyPaths = ["/swagger", "/swagger-user", "/swagger-admin"];

    /// <summary>
    /// /openapi/{workflow,identity,demo}.json, each fetched from its service, and the Scalar reference page at
    /// <see cref="PagePath"/> listing them. Both are public (see PublicPaths): they describe routes, and hold no secret.
    /// The page's script is the one bundled in Scalar.AspNetCore, served from <see cref="PagePath"/>; nothing comes from
    /// a CDN, and the fonts, telemetry, AI agent and developer toolbar (links to scalar.com) that would call out are off.
    /// </summary>
    public static WebApplication MapApiReference(this WebApplication app)
    {
        app.MapGet("/openapi/{document}.json", FetchAsync).ExcludeFromDescription();
        // The Go original's Swagger UI addresses, which bookmarks and its web UI's links point at.
        foreach (var legacy in LegacyPaths)
        {
            app.MapGet(legacy, () => TypedResults.Redirect(PagePath + "/")).ExcludeFromDescription();
        }
        app.MapScalarApiReference(PagePath, options =>
        {
            options.WithTitle("Innominatus API reference")
                .DisableDefaultFonts()
                .DisableTelemetry()
                .DisableAgent()
                .HideDeveloperTools()
                .AddPreferredSecuritySchemes(ApiSecuritySchemes.ApiKey);
            foreach (var document in ApiDocuments.All)
            {
                options.AddDocument(document.Name, document.Title, ApiDocuments.PathOf(document.Name), isDefault: document == ApiDocuments.All[0]);
            }
        });
        return app;
    }

    private static async Task<IResult> FetchAsync(string document, IHttpClientFactory clients, CancellationToken cancellationToken)
    {
        var known = ApiDocuments.All.FirstOrDefault(d => string.Equals(d.Name, document, StringComparison.OrdinalIgnoreCase));
        if (known is null)
        {
            return TypedResults.Problem(title: "No such API document", detail: $"The documents are {string.Join(", ", ApiDocuments.All.Select(d => ApiDocuments.PathOf(d.Name)))}.", statusCode: StatusCodes.Status404NotFound);
        }
        try
        {
            using var response = await clients.CreateClient(known.Service).GetAsync(ApiDocumentExtensions.DocumentPath, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return TypedResults.Text(await response.Content.ReadAsStringAsync(cancellationToken), "application/json; charset=utf-8");
            }
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Refused, timed out or cut off by the resilience handler's circuit breaker: answered as any other failure.
        }
        return TypedResults.Problem(title: "API document unavailable", detail: $"The {known.Service} did not answer with its API document; retry shortly.", statusCode: StatusCodes.Status502BadGateway);
    }
}
