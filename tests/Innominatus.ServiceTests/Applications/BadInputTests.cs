using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Innominatus.ServiceTests.Infrastructure;

namespace Innominatus.ServiceTests.Applications;

/// <summary>Every bad input is a 4xx problem with its reason, never a 500, and nothing stored changes.</summary>
public class BadInputTests
{
    public static TheoryData<string, string, HttpStatusCode> Cases => new()
    {
        { "malformed YAML", "apiVersion: score.dev/v1b1\nmetadata: {name: shop\ncontainers: [", HttpStatusCode.BadRequest },
        { "deeply nested YAML", Specs.DeeplyNested("shop", 5_000), HttpStatusCode.BadRequest },
        { "10,000 resources", Specs.ManyResources("shop", 10_000), HttpStatusCode.BadRequest },
        { "an alias bomb", AliasBomb(), HttpStatusCode.RequestEntityTooLarge },
        { "unicode name", Specs.Web("shöp"), HttpStatusCode.BadRequest },
        { "name over 63 characters", Specs.Web(new string('a', 64)), HttpStatusCode.BadRequest },
        { "not a spec", "just a sentence", HttpStatusCode.BadRequest },
        { "empty body", "", HttpStatusCode.BadRequest },
        { "unknown resource type", Specs.WithType("shop", "quantum-database"), HttpStatusCode.UnprocessableEntity },
        { "a resource param its provider does not declare", Specs.Web("shop").Replace("storage: 1Gi", "size: small", StringComparison.Ordinal), HttpStatusCode.UnprocessableEntity },
        { "a resource param of the wrong form", Specs.Web("shop", dbStorage: "lots"), HttpStatusCode.UnprocessableEntity },
    };

    /// <summary>Under every limit as written; 10 levels of ten aliases each once expanded.</summary>
    private static string AliasBomb() =>
        "apiVersion: score.dev/v1b1\nmetadata: {name: shop}\ncontainers:\n  main:\n    image: nginx\n    args: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        + string.Concat(Enumerable.Range(1, 9).Select(i => $"x-l{i}: &l{i} [{string.Join(", ", Enumerable.Repeat($"*l{i - 1}", 10))}]\n"));

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_bad_spec_is_refused_with_a_problem_and_leaves_the_stored_application_unchanged(string label, string body, HttpStatusCode expected)
    {
        await using var system = await WorkflowApi.StartAsync();
        using var alice = system.As("alice", "team-a");
        await alice.PostAsync("/api/applications", new StringContent(Specs.Web("shop"), Encoding.UTF8, "application/yaml")).StatusAsync(HttpStatusCode.Created);
        var eventsBefore = (await Outbox.TypesAsync(system.Workflow.DatabaseConnectionString)).Count;

        var response = await alice.PostAsync("/api/applications", new StringContent(body, Encoding.UTF8, "application/yaml"));

        Assert.True(expected == response.StatusCode, $"{label}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        var app = await alice.GetFromJsonAsync<JsonElement>("/api/applications/shop");
        Assert.Equal(1, app.GetProperty("revision").GetInt32());
        Assert.Equal(eventsBefore, (await Outbox.TypesAsync(system.Workflow.DatabaseConnectionString)).Count);
    }

    [Fact]
    public async Task A_new_application_with_a_param_its_provider_does_not_declare_is_refused_naming_the_param_and_not_stored()
    {
        await using var system = await WorkflowApi.StartAsync();
        using var alice = system.As("alice", "team-a");

        var response = await alice.PostAsync("/api/applications", new StringContent(Specs.Web("shop").Replace("storage: 1Gi", "size: small", StringComparison.Ordinal), Encoding.UTF8, "application/yaml"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("resources.db.params.size: unknown parameter 'size'", problem.GetProperty("errors")[0].GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await alice.GetAsync("/api/applications/shop")).StatusCode);
        Assert.Empty(await Outbox.TypesAsync(system.Workflow.DatabaseConnectionString));
    }

    [Fact]
    public async Task An_unknown_type_is_named_with_the_types_on_offer()
    {
        await using var system = await WorkflowApi.StartAsync();
        using var alice = system.As("alice", "team-a");

        var response = await alice.PostAsync("/api/applications", new StringContent(Specs.WithType("shop", "quantum-database"), Encoding.UTF8, "application/yaml"));

        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["quantum-database"], problem.GetProperty("unknownTypes").EnumerateArray().Select(t => t.GetString()!));
        Assert.Contains("postgres", problem.GetProperty("offeredTypes").EnumerateArray().Select(t => t.GetString()!));
        Assert.Equal(HttpStatusCode.NotFound, (await alice.GetAsync("/api/applications/shop")).StatusCode);
    }

    [Fact]
    public async Task Invalid_spec_errors_carry_json_paths()
    {
        await using var system = await WorkflowApi.StartAsync();
        using var alice = system.As("alice", "team-a");
        var spec = Specs.Web("shop").Replace("image: nginx:1.27", "image: 42\n    colour: blue", StringComparison.Ordinal);

        var response = await alice.PostAsync("/api/applications", new StringContent(spec, Encoding.UTF8, "application/yaml"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var paths = problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString()!).ToList();
        Assert.Contains(paths, p => p.Contains("containers", StringComparison.Ordinal) && p.Contains("colour", StringComparison.Ordinal));
    }
}
