extern alias workflow;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Innominatus.ServiceTests.Infrastructure;

/// <summary>The workflow service in-process with golden paths of the test's own, to drive the engine through its API.</summary>
public sealed class EngineHost : IAsyncDisposable
{
    private EngineHost(ServiceFactory<workflow::Program> service, HttpClient client, string work)
    {
        Service = service;
        Client = client;
        Work = work;
    }

    public ServiceFactory<workflow::Program> Service { get; }

    public HttpClient Client { get; }

    /// <summary>A scratch folder the test's scripts may write to (they run as an unprivileged user when the tests run as root).</summary>
    public string Work { get; }

    /// <summary>
    /// <paramref name="goldenPaths"/>: name → steps; a <c>parameters:</c> block may come first, before a line <c>---steps</c>.
    /// <paramref name="database"/>: a connection string of the test's own (a private server), else a fresh database on the shared one.
    /// </summary>
    public static async Task<EngineHost> StartAsync(IReadOnlyDictionary<string, string> goldenPaths, IReadOnlyDictionary<string, string>? settings = null, string? database = null)
    {
        var work = Directory.CreateTempSubdirectory("innominatus-engine-").FullName;
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(work, (UnixFileMode)0b111_111_111);
        }
        var folder = "";
        foreach (var (name, steps) in goldenPaths)
        {
            var parts = steps.Replace("{work}", work, StringComparison.Ordinal).Split("---steps\n");
            folder = parts.Length == 2 ? GoldenPathFiles.Write(work, name, parts[1], parts[0]) : GoldenPathFiles.Write(work, name, parts[0]);
        }
        var all = new Dictionary<string, string>(settings ?? new Dictionary<string, string>()) { ["GoldenPaths:Sources:0:Path"] = folder };
        all.TryAdd("Workspaces:Root", Path.Combine(work, "workspaces"));
        var service = new ServiceFactory<workflow::Program>(database ?? TestInfrastructure.NewDatabaseConnectionString(), all);
        var client = Caller.As(await service.StartAsync(), "alice", "team-a");
        return new EngineHost(service, client, work);
    }

    /// <summary>Starts a golden path run and returns the workflow run it became.</summary>
    public async Task<Guid> RunAsync(string goldenPath, object? parameters = null)
    {
        var accepted = await Client.PostAsJsonAsync($"/api/golden-paths/{goldenPath}/runs", new { parameters = parameters ?? new { } });
        Assert.True(accepted.StatusCode == HttpStatusCode.Accepted, await accepted.Content.ReadAsStringAsync());
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var page = await Client.GetFromJsonAsync<JsonElement>("/api/workflows?kind=golden-path");
            var run = page.GetProperty("items").EnumerateArray().FirstOrDefault(r => r.GetProperty("name").GetString() == goldenPath);
            if (run.ValueKind == JsonValueKind.Object)
            {
                return run.GetProperty("id").GetGuid();
            }
            Assert.True(DateTime.UtcNow < deadline, $"golden path {goldenPath} started no run within 20 s");
            await Task.Delay(100);
        }
    }

    public Task<JsonElement> WaitForAsync(Guid run, string state, int seconds = 30) => Runs.WaitForStateAsync(Client, run, state, TimeSpan.FromSeconds(seconds));

    public static JsonElement Step(JsonElement run, string name) => run.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("name").GetString() == name);

    public async Task<string[]> LogLinesAsync(Guid run, string step) =>
        (await Client.GetFromJsonAsync<JsonElement>($"/api/workflows/{run}/logs?step={step}")).EnumerateArray().Select(l => l.GetProperty("line").GetString()!).ToArray();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Service.DisposeAsync();
        Directory.Delete(Work, recursive: true);
    }
}
