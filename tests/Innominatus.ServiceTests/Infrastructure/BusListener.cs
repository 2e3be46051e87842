using System.Collections.Concurrent;
using MassTransit;

namespace Innominatus.ServiceTests.Infrastructure;

/// <summary>A bus of the test's own on the real RabbitMQ, with a temporary queue receiving every <typeparamref name="T"/>.</summary>
public sealed class BusListener<T> : IAsyncDisposable where T : class
{
    private readonly ConcurrentQueue<T> received = new();
    private IBusControl? bus;

    public static async Task<BusListener<T>> StartAsync()
    {
        var listener = new BusListener<T>();
        listener.bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(new Uri(TestInfrastructure.RabbitMq));
            rabbit.ReceiveEndpoint($"test-listener-{Guid.NewGuid():N}", endpoint =>
            {
                endpoint.AutoDelete = true;
                endpoint.Durable = false;
                endpoint.Handler<T>(context =>
                {
                    listener.received.Enqueue(context.Message);
                    return Task.CompletedTask;
                });
            });
        });
        await listener.bus.StartAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);
        return listener;
    }

    public async Task<T> WaitForAsync(Func<T, bool> match, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            var found = received.FirstOrDefault(match);
            if (found is not null)
            {
                return found;
            }
            await Task.Delay(50);
        }
        throw new TimeoutException($"No {typeof(T).Name} matching the test arrived within {timeout.TotalSeconds:0} s; received {received.Count} other(s).");
    }

    public async ValueTask DisposeAsync()
    {
        if (bus is not null)
        {
            await bus.StopAsync();
        }
    }
}
