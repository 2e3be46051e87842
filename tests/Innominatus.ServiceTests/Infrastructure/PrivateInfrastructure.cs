using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace Innominatus.ServiceTests.Infrastructure;

/// <summary>
/// A PostgreSQL and a RabbitMQ of one test's own, started by eng/test-infra.sh as the shared pair is: a fault test
/// stops and restarts them, which it must never do to the servers every other test of the run is using.
/// </summary>
public sealed class PrivateInfrastructure : IAsyncDisposable
{
    private readonly string state;

    private PrivateInfrastructure(string state, string postgres, string rabbitMq)
    {
        this.state = state;
        Postgres = postgres;
        RabbitMq = rabbitMq;
    }

    public string Postgres { get; }

    public string RabbitMq { get; }

    /// <summary>The settings that point a service at this pair's broker (the database is the factory's own argument).</summary>
    public Dictionary<string, string> Settings => new() { ["ConnectionStrings:messaging"] = RabbitMq };

    /// <param name="consumerTimeout">RabbitMQ's delivery acknowledgement timeout, when not its default of 30 minutes.</param>
    public static async Task<PrivateInfrastructure> StartAsync(TimeSpan? consumerTimeout = null)
    {
        var state = Directory.CreateTempSubdirectory("innominatus-fault-infra-").FullName;
        var output = await RunAsync("up", state, consumerTimeout is { } timeout ? ((long)timeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture) : null);
        string Value(string name) => output.Split('\n').Single(l => l.StartsWith($"export {name}=", StringComparison.Ordinal)).Split('=', 2)[1].Trim('\'');
        return new PrivateInfrastructure(state, Value("INNOMINATUS_TEST_POSTGRES"), Value("INNOMINATUS_TEST_RABBITMQ"));
    }

    public string NewDatabaseConnectionString() =>
        new NpgsqlConnectionStringBuilder(Postgres) { Database = "fault_" + Guid.NewGuid().ToString("N")[..12] }.ConnectionString;

    public Task StopPostgresAsync() => RunAsync("pg-stop", state);

    public Task StartPostgresAsync() => RunAsync("pg-start", state);

    public Task RestartRabbitMqAsync() => RunAsync("rabbit-restart", state);

    /// <summary>The broker's log so far: what it did to its clients (a channel closed for a timeout, say) is written there.</summary>
    public string[] BrokerLog() =>
        Directory.GetFiles(Path.Combine(state, "rabbitmq", "log"), "*.log").SelectMany(File.ReadAllLines).ToArray();

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await RunAsync("down", state);
        Directory.Delete(state, recursive: true);
    }

    private static async Task<string> RunAsync(string command, string state, string? consumerTimeoutMs = null)
    {
        var start = new ProcessStartInfo("bash", [Script, command, state]) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (consumerTimeoutMs is not null)
        {
            start.Environment["TEST_RABBITMQ_CONSUMER_TIMEOUT_MS"] = consumerTimeoutMs;
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"eng/test-infra.sh {command} failed ({process.ExitCode}): {await error}");
        return await output;
    }

    private static string Script { get; } = FindScript();

    private static string FindScript()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var script = Path.Combine(directory.FullName, "eng", "test-infra.sh");
            if (File.Exists(script))
            {
                return script;
            }
        }
        throw new InvalidOperationException($"No eng/test-infra.sh above {AppContext.BaseDirectory}.");
    }
}
