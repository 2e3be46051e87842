using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Innominatus.SystemTests.Web;

/// <summary>The demo platform page: an admin sees the catalogue's components and starts demo-time from it; a developer gets the API's refusal.</summary>
[Collection(WebUiCollection.Name)]
public partial class WebUiDemoTests(WebUiFixture fixture)
{
    [ChromiumFact]
    public async Task An_admin_sees_the_components_and_where_their_credentials_are_and_starts_demo_time_as_a_run()
    {
        var page = await fixture.SignedInPageAsync("admin", LocalSystem.AdminPassword);

        await page.GetByRole(AriaRole.Link, new() { Name = "Demo platform", Exact = true }).ClickAsync();
        var components = page.GetByTestId("demo-components");
        await Assertions.Expect(components.Locator("tr[data-component='ingress-nginx']")).ToContainTextAsync("demo-ingress");
        await Assertions.Expect(components.Locator("tr[data-component='keycloak']")).ToContainTextAsync("demo-keycloak/keycloak-credentials");
        using var admin = await fixture.System.AdminGatewayAsync();
        var status = await admin.GetFromJsonAsync<JsonElement>("/api/demo/status");
        await Assertions.Expect(components.Locator("tbody tr")).ToHaveCountAsync(status.GetProperty("components").GetArrayLength());
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Run demo-time", Exact = true }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(RunPage());
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("demo-time");
        await page.GotoAsync("/admin/demo");
        await Assertions.Expect(page.GetByTestId("demo-runs").GetByRole(AriaRole.Link).First).ToHaveAttributeAsync("href", RunPage());
    }

    [ChromiumFact]
    public async Task A_developer_gets_no_demo_link_and_the_api_refuses_the_page_and_demo_time()
    {
        var page = await fixture.SignedInPageAsync("bruno");

        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Demo platform" })).ToHaveCountAsync(0);
        await page.GotoAsync("/admin/demo");

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("demo-components")).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "Run demo-time", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/admin/demo$"));
    }

    [GeneratedRegex("/workflows/[0-9a-f-]{36}$")]
    private static partial Regex RunPage();
}
