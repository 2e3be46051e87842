using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Innominatus.ServiceDefaults.OpenApi;

/// <summary>
/// Operations that need a caller list every credential the gateway accepts (any one of them will do); anonymous ones
/// (login, browser sign-in) list none.
/// </summary>
internal sealed class ApiOperationSecurity : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (!metadata.OfType<IAuthorizeData>().Any() || metadata.OfType<IAllowAnonymous>().Any())
        {
            return Task.CompletedTask;
        }
        operation.Security = ApiSecuritySchemes.All.Keys
            .Select(name => new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(name, context.Document)] = [] })
            .ToList();
        return Task.CompletedTask;
    }
}
