using Innominatus.Contracts.Identity;
using Innominatus.ServiceTests.Infrastructure;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using static Innominatus.ServiceTests.Identity.GatewayCalls;

namespace Innominatus.ServiceTests.Identity;

[Collection(IdentityStackCollection.Name)]
public class IdentityEventsTests(IdentityStack stack)
{
    [Fact]
    public async Task Creating_a_team_and_a_user_and_revoking_a_key_publish_events_other_services_receive_over_RabbitMQ()
    {
        await using var listener = new ServiceCollection()
            .AddLogging()
            .AddMassTransit(bus =>
            {
                bus.AddConsumer<IdentityEventCollector>();
                bus.UsingRabbitMq((context, rabbit) =>
                {
                    rabbit.Host(new Uri(TestInfrastructure.RabbitMq));
                    rabbit.ReceiveEndpoint("identity-events-test-" + Guid.NewGuid().ToString("N")[..8], endpoint =>
                    {
                        endpoint.AutoDelete = true;
                        endpoint.ConfigureConsumer<IdentityEventCollector>(context);
                    });
                });
            })
            .BuildServiceProvider();
        var control = listener.GetRequiredService<IBusControl>();
        await control.StartAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);
        try
        {
            using var gateway = stack.Gateway.CreateClient();
            var admin = await LoginAsync(gateway, "admin", IdentityStack.AdminPassword);
            var (team, user) = ("events-" + Guid.NewGuid().ToString("N")[..6], "evented-" + Guid.NewGuid().ToString("N")[..6]);

            await SendOkAsync(gateway, HttpMethod.Post, "/api/teams", admin, new { name = team });
            await SendOkAsync(gateway, HttpMethod.Post, "/api/admin/users", admin, new { username = user, password = "evented-password", team });
            await CreateApiKeyAsync(gateway, admin, "doomed", forUser: user);
            await SendOkAsync(gateway, HttpMethod.Delete, $"/api/admin/users/{user}/api-keys/doomed", admin);

            var deadline = DateTime.UtcNow.AddSeconds(15);
            bool All() =>
                IdentityEventCollector.Received.OfType<TeamCreated>().Any(e => e.Name == team && e.CreatedBy == "admin")
                && IdentityEventCollector.Received.OfType<UserCreated>().Any(e => e.Username == user && e.Team == team && e.Source == "local")
                && IdentityEventCollector.Received.OfType<TeamMembershipChanged>().Any(e => e.Username == user && e.Team == team && e.Change == "added")
                && IdentityEventCollector.Received.OfType<ApiKeyRevoked>().Any(e => e.Username == user && e.KeyName == "doomed" && e.RevokedBy == "admin");
            while (!All() && DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
            Assert.True(All(), "received: " + string.Join(", ", IdentityEventCollector.Received));
        }
        finally
        {
            await control.StopAsync();
        }
    }
}
