using RabbitMQ.Client;

namespace Innominatus.AppHost.Infrastructure;

public static class LocalRabbitMq
{
    private const string ServerScript = "/usr/lib/rabbitmq/bin/rabbitmq-server";
    private const string Epmd = "/usr/lib/erlang/bin/epmd";

    /// <summary>
    /// Debian's RabbitMQ run by DCP, with its own epmd in the foreground: Erlang would otherwise daemonise an
    /// epmd that outlives the AppHost. Everything lives below the data folder; nothing touches /etc or /var/lib/rabbitmq.
    /// </summary>
    public static IResourceBuilder<ExecutableResource> AddLocalRabbitMq(this IDistributedApplicationBuilder builder, LocalInfrastructureSettings settings)
    {
        DebianPackages.Require(ServerScript, "rabbitmq-server");
        var root = settings.RabbitRoot;
        Directory.CreateDirectory(root);
        File.WriteAllText(Path.Combine(root, "enabled_plugins"), "[rabbitmq_management].\n");
        File.WriteAllText(Path.Combine(root, "rabbitmq.conf"), "management.tcp.ip = 127.0.0.1\nloopback_users = none\n");
        var epmdPort = settings.EpmdPort.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var epmd = builder.AddExecutable("epmd", Epmd, root, "-port", epmdPort, "-address", "127.0.0.1")
            .WithHealthCheck("epmd-listening");
        builder.Services.AddHealthChecks().AddAsyncCheck("epmd-listening", async cancellationToken =>
        {
            // epmd has no DCP proxy in front of it, so a TCP connect does tell that it listens.
            using var client = new System.Net.Sockets.TcpClient();
            try
            {
                await client.ConnectAsync("127.0.0.1", settings.EpmdPort, cancellationToken);
                return HealthCheckResult.Healthy();
            }
            catch (System.Net.Sockets.SocketException e)
            {
                return HealthCheckResult.Unhealthy(e.Message);
            }
        });

        var rabbit = builder.AddExecutable("rabbitmq", ServerScript, root)
            .WithEndpoint(name: "amqp", scheme: "tcp", env: "RABBITMQ_NODE_PORT")
            .WithHttpEndpoint(name: "management", env: "RABBITMQ_MANAGEMENT_PORT")
            .WithEnvironment("HOME", root)
            .WithEnvironment("RABBITMQ_NODE_IP_ADDRESS", "127.0.0.1")
            .WithEnvironment("RABBITMQ_NODENAME", "innominatus@localhost")
            .WithEnvironment("ERL_EPMD_ADDRESS", "127.0.0.1")
            .WithEnvironment("ERL_EPMD_PORT", epmdPort)
            .WithEnvironment("RABBITMQ_DIST_PORT", settings.RabbitDistributionPort.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .WithEnvironment("RABBITMQ_MNESIA_BASE", Path.Combine(root, "mnesia"))
            .WithEnvironment("RABBITMQ_LOG_BASE", Path.Combine(root, "log"))
            .WithEnvironment("RABBITMQ_CONFIG_FILE", Path.Combine(root, "rabbitmq.conf"))
            .WithEnvironment("RABBITMQ_ENABLED_PLUGINS_FILE", Path.Combine(root, "enabled_plugins"))
            .WithEnvironment("RABBITMQ_PLUGINS_EXPAND_DIR", Path.Combine(root, "plugins-expand"))
            .WithEnvironment("RABBITMQ_PID_FILE", Path.Combine(root, "rabbit.pid"))
            .WaitFor(epmd);
        var management = rabbit.GetEndpoint("management");
        rabbit.WithEnvironment(context => context.EnvironmentVariables["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = ReferenceExpression.Create(
            $"-start_epmd false -rabbitmq_management tcp_config [{{ip,\"127.0.0.1\"}},{{port,{management.Property(EndpointProperty.TargetPort)}}}] -kernel inet_dist_use_interface {{127,0,0,1}}"));

        var amqp = rabbit.GetEndpoint("amqp");
        builder.Services.AddHealthChecks().AddAsyncCheck("rabbitmq-ready", async cancellationToken =>
        {
            if (!amqp.IsAllocated)
            {
                return HealthCheckResult.Unhealthy("endpoint not allocated yet");
            }
            try
            {
                // A full AMQP handshake: a TCP connect would hit DCP's proxy, which accepts before RabbitMQ has booted.
                var factory = new ConnectionFactory { Uri = new Uri($"amqp://guest:guest@127.0.0.1:{amqp.Port}/"), RequestedConnectionTimeout = TimeSpan.FromSeconds(3) };
                await using var connection = await factory.CreateConnectionAsync(cancellationToken);
                return HealthCheckResult.Healthy();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return HealthCheckResult.Unhealthy(e.Message);
            }
        });
        return rabbit.WithHealthCheck("rabbitmq-ready");
    }
}
