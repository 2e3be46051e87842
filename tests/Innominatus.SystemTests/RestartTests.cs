using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Npgsql;

namespace Innominatus.SystemTests;

public class RestartTests
{
    [Fact]
    public async Task Data_survives_a_restart_of_the_whole_system_and_no_process_is_left_behind()
    {
        var root = LocalSystem.NewRoot();
        try
        {
            Guid probeId;
            await using (var first = await LocalSystem.StartAsync(root))
            {
                using var gateway = await first.AdminGatewayAsync();
                var probe = await (await gateway.PostAsync("/api/diagnostics/bus-probes", null)).EnsureSuccessStatusCode()
                    .Content.ReadFromJsonAsync<JsonElement>();
                probeId = probe.GetProperty("probeId").GetGuid();
            }

            await using (var second = await LocalSystem.StartAsync(root))
            {
                var connectionString = await second.App.GetConnectionStringAsync("idp-orchestrator");
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand("select count(*) from workflow.bus_probe_answers where probe_id = @id", connection);
                command.Parameters.AddWithValue("id", probeId);
                Assert.Equal(3L, (long)(await command.ExecuteScalarAsync())!);
            }

            Assert.Empty(await WaitForNoProcessUsing(root, TimeSpan.FromMinutes(2)));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>DCP stops its children some seconds after the AppHost; the Erlang VM and epmd must go too.</summary>
    private static async Task<string[]> WaitForNoProcessUsing(string root, TimeSpan timeout)
    {
        var epmd = $"epmd -port {LocalSystem.ErlangPorts(root).Epmd}";
        var stopwatch = Stopwatch.StartNew();
        while (true)
        {
            var left = Directory.GetDirectories("/proc")
                .Select(d => Path.Combine(d, "cmdline"))
                .Select(ReadCommandLine)
                .Where(c => c.Contains(root, StringComparison.Ordinal) || c.Contains(epmd, StringComparison.Ordinal))
                .ToArray();
            if (left.Length == 0 || stopwatch.Elapsed > timeout)
            {
                return left;
            }
            await Task.Delay(500);
        }
    }

    private static string ReadCommandLine(string path)
    {
        try
        {
            return File.ReadAllText(path).Replace('\0', ' ');
        }
        catch (IOException)
        {
            return "";
        }
        catch (UnauthorizedAccessException)
        {
            return "";
        }
    }
}
