using Innominatus.ServiceDefaults.Health;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Innominatus.ServiceDefaults.Messaging;

public static class MessagingExtensions
{
    public const string ConnectionName = "messaging";

    /// <summary>
    /// MassTransit on RabbitMQ. Queue names carry <paramref name="serviceName"/> so that two services consuming
    /// the same event each get a copy, while replicas of one service share the work.
    /// </summary>
    public static TBuilder AddServiceMessaging<TBuilder>(this TBuilder builder, string serviceName, Action<IBusRegistrationConfigurator>? configure = null)
        where TBuilder : IHostApplicationBuilder
    {
        var connectionString = builder.Configuration.GetConnectionString(ConnectionName)
            ?? throw new InvalidOperationException(
                $"ConnectionStrings:{ConnectionName} is not set. Run the system with 'dotnet run --project src/AppHost', " +
                $"or set ConnectionStrings__{ConnectionName} to an amqp:// URI.");

        builder.Services.AddSingleton(new ServiceIdentity(serviceName));
        builder.Services.AddMassTransit(bus =>
        {
            bus.AddConsumer<BusProbeResponder>();
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(serviceName, includeNamespace: false));
            bus.ConfigureHealthCheckOptions(health =>
            {
                health.Name = "messaging";
                health.Tags.Clear();
                health.Tags.Add(HealthExtensions.ReadyTag);
            });
            configure?.Invoke(bus);
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(new Uri(connectionString));
                rabbit.ConfigureEndpoints(context);
            });
        });
        return builder;
    }
}
