namespace Innominatus.ApiGateway.ApiReference;

/// <summary>The OpenAPI documents the gateway publishes: one per service, at /openapi/{Name}.json.</summary>
public static class ApiDocuments
{
    public static readonly IReadOnlyList<ApiDocument> All =
    [
        new("workflow", "workflow-service", "Workflow API"),
        new("identity", "identity-service", "Identity API"),
        new("demo", "demo-service", "Demo API"),
    ];

    public static string PathOf(string name) => $"/openapi/{name}.json";
}
