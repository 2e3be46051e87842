using System.Net;
using Microsoft.Playwright;
using static Innominatus.SystemTests.Web.FluentControls;

namespace Innominatus.SystemTests.Web;

/// <summary>An admin manages an account from the web UI: every change goes through the public API and takes effect.</summary>
[Collection(WebUiCollection.Name)]
public class WebUiAdminUserTests(WebUiFixture fixture)
{
    [ChromiumFact]
    public async Task An_admin_creates_a_team_and_a_user_changes_and_disables_the_user_manages_their_keys_and_deletes_them()
    {
        var page = await fixture.SignedInPageAsync("admin", LocalSystem.AdminPassword);
        await page.GotoAsync("/admin/teams");
        await page.Locator("#new-team-name input").FillAsync("web-c");
        await page.Locator("#new-team-description input").FillAsync("made in the browser");
        await Button(page, "Create team").ClickAsync();
        await Assertions.Expect(page.GetByTestId("teams")).ToContainTextAsync("made in the browser");

        await page.GotoAsync("/admin/users");
        await page.Locator("#new-user-name input").FillAsync("olga");
        await page.Locator("#new-user-password input").FillAsync(WebUiFixture.Password);
        await ChooseAsync(page, "new-user-team", "web-c");
        await Button(page, "Create user").ClickAsync();
        await Assertions.Expect(page.GetByTestId("users")).ToContainTextAsync("web-c (member)");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await (await fixture.SignedInPageAsync("olga")).Context.CloseAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "olga", Exact = true }).ClickAsync();
        await ChooseAsync(page, "user-role", "admin");
        await Button(page, "Change role").ClickAsync();
        await Assertions.Expect(page.GetByTestId("user-role")).ToHaveTextAsync("admin");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.Locator("#key-name input").FillAsync("olga-ci");
        await Button(page, "Create key").ClickAsync();
        var key = await page.GetByTestId("new-key").TextContentAsync();
        Assert.False(string.IsNullOrEmpty(key));
        Assert.Equal(HttpStatusCode.OK, await ProfileStatusAsync(key!));
        await Button(page, "Revoke olga-ci").ClickAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Button(page, "Revoke").ClickAsync();
        await Assertions.Expect(page.GetByText("This user has no API keys.")).ToBeVisibleAsync();
        await Eventually.HoldsAsync(async () => await ProfileStatusAsync(key!) == HttpStatusCode.Unauthorized, "the revoked key is refused");

        await ConfirmAsync(page, "Disable user", "Disable");
        await Assertions.Expect(page.GetByTestId("user-state")).ToHaveTextAsync("disabled");
        var refused = await fixture.NewPageAsync();
        await refused.GotoAsync("/signin");
        await refused.GetByLabel("Username").FillAsync("olga");
        await refused.GetByLabel("Password").FillAsync(WebUiFixture.Password);
        await refused.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Assertions.Expect(refused.GetByRole(AriaRole.Alert)).ToContainTextAsync("Invalid username or password.");

        await ConfirmAsync(page, "Delete user", "Delete");
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(fixture.BaseUrl, "/admin/users").ToString());
        await Assertions.Expect(page.GetByTestId("users")).Not.ToContainTextAsync("olga");
        using var admin = await fixture.System.AdminGatewayAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/admin/users/olga")).StatusCode);
    }

    private async Task<HttpStatusCode> ProfileStatusAsync(string key)
    {
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = fixture.BaseUrl };
        client.DefaultRequestHeaders.Authorization = new("Bearer", key);
        using var response = await client.GetAsync("/api/profile");
        return response.StatusCode;
    }
}
