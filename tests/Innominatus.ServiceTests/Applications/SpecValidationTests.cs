using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Innominatus.ServiceTests.Infrastructure;

namespace Innominatus.ServiceTests.Applications;

public class SpecValidationTests
{
    [Fact]
    public async Task Validate_judges_against_Score_alone_and_warns_about_types_no_provider_offers_without_storing_anything()
    {
        await using var system = await WorkflowApi.StartAsync();
        using var alice = system.As("alice", "team-a");

        var valid = await alice.PostAsync("/api/specs/validate", Yaml(Specs.WithType("shop", "quantum-database")));
        var invalid = await alice.PostAsync("/api/specs/validate", Yaml("apiVersion: score.dev/v1b1\nmetadata: {name: Shop}\ncontainers: {}"));

        Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
        var body = await valid.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(body.GetProperty("valid").GetBoolean());
        var warning = Assert.Single(body.GetProperty("warnings").EnumerateArray());
        Assert.Contains("quantum-database", warning.GetProperty("message").GetString());
        var bad = await invalid.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(bad.GetProperty("valid").GetBoolean());
        Assert.NotEmpty(bad.GetProperty("errors").EnumerateArray());
        Assert.Equal(0, (await alice.GetFromJsonAsync<JsonElement>("/api/applications")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_body_over_the_spec_limit_is_413()
    {
        await using var system = await WorkflowApi.StartAsync();
        using var alice = system.As("alice", "team-a");

        var response = await alice.PostAsync("/api/specs/validate", Yaml(new string('#', 2 * 1024 * 1024)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static StringContent Yaml(string spec) => new(spec, Encoding.UTF8, "application/yaml");
}
