using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Innominatus.ServiceTests.Infrastructure;

namespace Innominatus.ServiceTests.Applications;

public class TeamScopingTests
{
    [Fact]
    public async Task A_team_sees_and_changes_only_its_own_applications_while_an_admin_sees_all()
    {
        await using var system = await WorkflowApi.StartAsync();
        using var alice = system.As("alice", "team-a");
        using var bob = system.As("bob", "team-b");
        using var admin = system.As("root", null, "admin");
        await alice.PostAsync("/api/applications", Yaml(Specs.Web("shop"))).StatusAsync(HttpStatusCode.Created);
        await bob.PostAsync("/api/applications", Yaml(Specs.Web("blog"))).StatusAsync(HttpStatusCode.Created);
        var shopDb = (await alice.GetFromJsonAsync<JsonElement>("/api/applications/shop")).GetProperty("resources").EnumerateArray().First().GetProperty("id").GetGuid();

        var bobList = await bob.GetFromJsonAsync<JsonElement>("/api/applications");
        var bobGet = await bob.GetAsync("/api/applications/shop");
        var bobOverwrite = await bob.PostAsync("/api/applications", Yaml(Specs.Web("shop", dbStorage: "5Gi")));
        var bobDeprovision = await bob.PostAsync("/api/applications/shop/deprovision", null);
        var bobResource = await bob.GetAsync($"/api/resources/{shopDb}");
        var bobResources = await bob.GetFromJsonAsync<JsonElement>("/api/resources");
        var adminList = await admin.GetFromJsonAsync<JsonElement>("/api/applications");
        var adminFiltered = await admin.GetFromJsonAsync<JsonElement>("/api/applications?team=team-a");

        Assert.Equal(["blog"], Names(bobList));
        Assert.Equal(HttpStatusCode.NotFound, bobGet.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, bobOverwrite.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, bobDeprovision.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, bobResource.StatusCode);
        Assert.All(bobResources.GetProperty("items").EnumerateArray(), r => Assert.NotEqual(shopDb, r.GetProperty("id").GetGuid()));
        Assert.Equal(["blog", "shop"], Names(adminList));
        Assert.Equal(["shop"], Names(adminFiltered));
        Assert.Equal(1, (await alice.GetFromJsonAsync<JsonElement>("/api/applications/shop")).GetProperty("revision").GetInt32());
    }

    [Fact]
    public async Task Without_a_caller_the_api_answers_401_and_without_a_team_403()
    {
        await using var system = await WorkflowApi.StartAsync();
        using var anonymous = system.As(null);
        using var loner = system.As("loner");

        var anonymousList = await anonymous.GetAsync("/api/applications");
        var lonerSubmit = await loner.PostAsync("/api/applications", Yaml(Specs.Web("shop")));

        Assert.Equal(HttpStatusCode.Unauthorized, anonymousList.StatusCode);
        Assert.Equal("application/problem+json", anonymousList.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Forbidden, lonerSubmit.StatusCode);
    }

    [Fact]
    public async Task Listing_pages_and_filters()
    {
        await using var system = await WorkflowApi.StartAsync();
        using var alice = system.As("alice", "team-a");
        foreach (var name in new[] { "app-a", "app-b", "app-c" })
        {
            await alice.PostAsync("/api/applications", Yaml(Specs.Web(name))).StatusAsync(HttpStatusCode.Created);
        }

        var page2 = await alice.GetFromJsonAsync<JsonElement>("/api/applications?page=2&pageSize=2");
        var search = await alice.GetFromJsonAsync<JsonElement>("/api/applications?search=-b");
        var redis = await alice.GetFromJsonAsync<JsonElement>("/api/resources?type=redis&application=app-c");

        Assert.Equal(3, page2.GetProperty("total").GetInt32());
        Assert.Equal(["app-c"], Names(page2));
        Assert.Equal(["app-b"], Names(search));
        var only = Assert.Single(redis.GetProperty("items").EnumerateArray());
        Assert.Equal("cache", only.GetProperty("name").GetString());
    }

    private static IEnumerable<string> Names(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("name").GetString()!);

    private static StringContent Yaml(string spec) => new(spec, Encoding.UTF8, "application/yaml");
}
