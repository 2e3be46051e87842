namespace Innominatus.ApiGateway.ApiReference;

/// <param name="Name">The document's name in its path and on the reference page.</param>
/// <param name="Service">The service-discovery name of the service that generates it.</param>
/// <param name="Title">The title the reference page lists it under.</param>
public sealed record ApiDocument(string Name, string Service, string Title);
