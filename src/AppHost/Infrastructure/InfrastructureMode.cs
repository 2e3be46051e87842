namespace Innominatus.AppHost.Infrastructure;

public enum InfrastructureMode
{
    /// <summary>PostgreSQL and RabbitMQ as containers (Docker or Podman).</summary>
    Containers,

    /// <summary>PostgreSQL and RabbitMQ as local executables from Debian's packages.</summary>
    Local,
}
