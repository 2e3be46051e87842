using MassTransit;
using Npgsql;

namespace Innominatus.ServiceDefaults.Messaging;

/// <summary>
/// Which failures are worth retrying: ones a database restart, a failover or a dropped broker connection cause, which
/// go away by themselves. Anything else (a bug, bad input) fails the same way every time, so it goes to the error
/// queue at once instead of holding a consumer slot through the back-off.
/// </summary>
public static class TransientFaults
{
    public static bool IsTransient(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException postgres when IsTransientState(postgres.SqlState):
                case NpgsqlException { IsTransient: true }:
                case TimeoutException:
                case RabbitMqConnectionException:
                case System.Net.Sockets.SocketException:
                    return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Shutdown (57P01-57P03), connection failures (08xxx), serialization failures and deadlocks (40001, 40P01):
    /// the same transaction succeeds when tried again.
    /// </summary>
    public static bool IsTransientState(string sqlState) =>
        sqlState.StartsWith("08", StringComparison.Ordinal)
        || sqlState is "57P01" or "57P02" or "57P03" or "40001" or "40P01" or "53300";
}
