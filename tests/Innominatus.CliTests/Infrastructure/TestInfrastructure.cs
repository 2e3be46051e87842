using Npgsql;

namespace Innominatus.CliTests.Infrastructure;

/// <summary>The real PostgreSQL and RabbitMQ that eng/test.sh starts for these tests.</summary>
public static class TestInfrastructure
{
    public static string PostgresServer => Required("INNOMINATUS_TEST_POSTGRES");

    public static string RabbitMq => Required("INNOMINATUS_TEST_RABBITMQ");

    /// <summary>A database name no other test uses; the service creates it at start-up as it would locally.</summary>
    public static string NewDatabaseConnectionString() =>
        new NpgsqlConnectionStringBuilder(PostgresServer) { Database = "test_" + Guid.NewGuid().ToString("N")[..12] }.ConnectionString;

    private static string Required(string name) => Environment.GetEnvironmentVariable(name)
        ?? throw new InvalidOperationException($"{name} is not set: run the tests with eng/test.sh, which starts PostgreSQL and RabbitMQ for them.");
}
