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
    /// the same event each get a copy, while replicas of one service share the work. Every consumer retries transient
    /// database and broker failures with back-off (<see cref="MessageRetrySettings"/>); a message that still fails goes
    /// to its queue's <c>_error</c> queue, counted and logged by <see cref="DeadLetterObserver"/>.
    /// </summary>
    public static TBuilder AddServiceMessaging<TBuilder>(this TBuilder builder, string serviceName, Action<IBusRegistrationConfigurator>? configure = null)
        where TBuilder : IHostApplicationBuilder
    {
        var connectionString = builder.Configuration.GetConnectionString(ConnectionName)
            ?? throw new InvalidOperationException(
                $"ConnectionStrings:{ConnectionName} is not set. Run the system with 'dotnet run --project src/AppHost', " +
                $"or set ConnectionStrings__{ConnectionName} to an amqp:// URI.");

        builder.Services.AddSingleton(new ServiceIdentity(serviceName));
        builder.Services.AddReceiveObserver<DeadLetterObserver>();
        // Without it a stopping bus waits for its consumers for ever, and a consumer waiting on its message's token (a
        // retry's back-off) would keep a stopped service's bus connected and taking messages it never finishes.
        builder.Services.Configure<MassTransitHostOptions>(options => options.ConsumerStopTimeout ??= TimeSpan.FromSeconds(15));
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
            var retry = MessageRetrySettings.From(builder.Configuration);
            bus.AddConfigureEndpointsCallback((_, _, endpoint) => endpoint.UseMessageRetry(r =>
            {
                r.Exponential(retry.Limit, retry.MinInterval, retry.MaxInterval, retry.Delta);
                r.Handle<Exception>(TransientFaults.IsTransient);
            }));
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(new Uri(connectionString));
                rabbit.ConfigureEndpoints(context);
            });
        });
        return builder;
    }
}
