extern alias workflow;
using System.Net;
using System.Text.Json;
using Innominatus.ServiceTests.Infrastructure;

namespace Innominatus.ServiceTests.Health;

public class HealthEndpointTests
{
    [Fact]
    public async Task Ready_reports_the_database_and_the_broker_and_health_stays_cheap()
    {
        await using var service = new ServiceFactory<workflow::Program>(TestInfrastructure.NewDatabaseConnectionString());
        using var client = service.CreateClient();

        using var ready = await Readiness.WaitAsync(client);
        var checks = ready.RootElement.GetProperty("checks");
        Assert.Equal("healthy", checks.GetProperty("database").GetProperty("status").GetString());
        Assert.Equal("healthy", checks.GetProperty("messaging").GetProperty("status").GetString());

        using var health = JsonDocument.Parse(await client.GetStringAsync("/health"));
        Assert.Equal("healthy", health.RootElement.GetProperty("status").GetString());
        Assert.False(health.RootElement.GetProperty("checks").TryGetProperty("database", out _));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/alive")).StatusCode);
    }

    [Fact]
    public async Task Ready_turns_503_when_the_database_goes_away_while_health_stays_200()
    {
        var database = TestInfrastructure.NewDatabaseConnectionString();
        await using var service = new ServiceFactory<workflow::Program>(database);
        using var client = await service.StartAsync();

        var name = new Npgsql.NpgsqlConnectionStringBuilder(database).Database;
        await TestInfrastructure.ScalarAsync<object>(TestInfrastructure.PostgresServer + ";Database=postgres",
            $"alter database {name} with allow_connections false; select pg_terminate_backend(pid) from pg_stat_activity where datname = '{name}'");
        Npgsql.NpgsqlConnection.ClearAllPools();

        var response = await client.GetAsync("/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("unhealthy", body.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
    }
}
