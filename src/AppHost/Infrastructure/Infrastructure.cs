namespace Innominatus.AppHost.Infrastructure;

/// <summary>What the services need, whichever way it runs: connection strings to reference and servers to wait for.</summary>
public sealed record Infrastructure(
    IResourceBuilder<IResourceWithConnectionString> Database,
    IResourceBuilder<IResource> DatabaseServer,
    IResourceBuilder<IResourceWithConnectionString> Messaging,
    IResourceBuilder<IResource> MessagingServer);
