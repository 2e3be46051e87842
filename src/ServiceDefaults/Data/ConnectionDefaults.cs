using Npgsql;

namespace Innominatus.ServiceDefaults.Data;

/// <summary>
/// Npgsql settings the services run with unless the connection string names them. The engine sends the same few
/// statements thousands of times a second: prepared once per connection, PostgreSQL stops parsing and planning them
/// each time (README, "Performance"). An operator behind a transaction-pooling proxy that cannot keep prepared
/// statements sets <c>Max Auto Prepare=0</c> in the connection string.
/// </summary>
public static class ConnectionDefaults
{
    public const int MaxAutoPrepare = 64;
    public const int AutoPrepareMinUsages = 2;

    public static string Apply(string connectionString)
    {
        var named = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>()
            .Select(key => key.Replace(" ", "", StringComparison.Ordinal)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!named.Contains(nameof(NpgsqlConnectionStringBuilder.MaxAutoPrepare)))
        {
            builder.MaxAutoPrepare = MaxAutoPrepare;
        }
        if (!named.Contains(nameof(NpgsqlConnectionStringBuilder.AutoPrepareMinUsages)))
        {
            builder.AutoPrepareMinUsages = AutoPrepareMinUsages;
        }
        return builder.ConnectionString;
    }
}
