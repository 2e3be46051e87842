using Microsoft.Extensions.Configuration;

namespace Innominatus.AppHost.Infrastructure;

/// <summary>
/// Where local PostgreSQL and RabbitMQ keep their data (it survives restarts) and the fixed ports Erlang needs.
/// Root runs default to /var/lib/innominatus because the postgres account cannot enter /root.
/// </summary>
public sealed record LocalInfrastructureSettings(string Root, int EpmdPort, int RabbitDistributionPort)
{
    public static LocalInfrastructureSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection("LocalInfrastructure");
        var root = section["Root"] ?? Environment.GetEnvironmentVariable("INNOMINATUS_LOCAL_DATA") ?? DefaultRoot();
        return new LocalInfrastructureSettings(
            Path.GetFullPath(root),
            section.GetValue("EpmdPort", 4371),
            section.GetValue("RabbitDistributionPort", 25674));
    }

    private static string DefaultRoot() => Environment.UserName == "root"
        ? "/var/lib/innominatus/local"
        : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".innominatus", "local");

    public string PostgresRoot => Path.Combine(Root, "postgres");

    public string RabbitRoot => Path.Combine(Root, "rabbitmq");
}
