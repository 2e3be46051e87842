using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Innominatus.ServiceDefaults.OpenApi;

/// <summary>
/// Title, version and the gateway's credentials as security schemes. The server is "/", relative to where the
/// document was fetched: read through the gateway, requests go to the gateway, never to the service's internal address.
/// </summary>
internal sealed class ApiDocumentInfo(string title, string description) : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo { Title = title, Version = "v1", Description = description };
        document.Servers = [new OpenApiServer { Url = "/", Description = "The gateway that served this document" }];
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        foreach (var (name, scheme) in ApiSecuritySchemes.All)
        {
            document.Components.SecuritySchemes[name] = scheme;
        }
        return Task.CompletedTask;
    }
}
