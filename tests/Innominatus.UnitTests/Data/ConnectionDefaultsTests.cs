using Innominatus.ServiceDefaults.Data;
using Npgsql;

namespace Innominatus.UnitTests.Data;

public class ConnectionDefaultsTests
{
    [Fact]
    public void Statements_are_prepared_automatically_unless_the_connection_string_says_otherwise()
    {
        var applied = new NpgsqlConnectionStringBuilder(ConnectionDefaults.Apply("Host=db;Username=app;Password=secret;Database=idp_orchestrator"));

        Assert.Equal(ConnectionDefaults.MaxAutoPrepare, applied.MaxAutoPrepare);
        Assert.Equal(ConnectionDefaults.AutoPrepareMinUsages, applied.AutoPrepareMinUsages);
        Assert.Equal("db", applied.Host);
        Assert.Equal("secret", applied.Password);
        Assert.Equal("idp_orchestrator", applied.Database);
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0")]
    [InlineData("Host=db;MaxAutoPrepare=0")]
    [InlineData("Host=db;max auto prepare=0")]
    public void An_operator_turns_preparation_off_in_the_connection_string(string connectionString) =>
        Assert.Equal(0, new NpgsqlConnectionStringBuilder(ConnectionDefaults.Apply(connectionString)).MaxAutoPrepare);

    [Fact]
    public void An_operators_minimum_usage_count_is_kept() =>
        Assert.Equal(7, new NpgsqlConnectionStringBuilder(ConnectionDefaults.Apply("Host=db;Auto Prepare Min Usages=7")).AutoPrepareMinUsages);
}
