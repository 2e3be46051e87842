using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Innominatus.SystemTests.Web.FluentControls;

namespace Innominatus.SystemTests.Web;

/// <summary>An admin manages a team's members from the web UI and deletes the team; the API holds every change.</summary>
[Collection(WebUiCollection.Name)]
public class WebUiAdminTeamTests(WebUiFixture fixture)
{
    [ChromiumFact]
    public async Task An_admin_adds_a_member_changes_their_team_role_removes_them_and_deletes_the_team()
    {
        using var admin = await fixture.System.AdminGatewayAsync();
        var page = await fixture.SignedInPageAsync("admin", LocalSystem.AdminPassword);
        await page.GotoAsync("/admin/teams");
        await page.Locator("#new-team-name input").FillAsync("web-ops");
        await Button(page, "Create team").ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "web-ops", Exact = true }).ClickAsync();

        await page.Locator("#member-name input").FillAsync("wendy");
        await Button(page, "Add member").ClickAsync();
        await Assertions.Expect(page.GetByTestId("members")).ToContainTextAsync("wendy");
        Assert.Equal("member", await MemberRoleAsync(admin, "wendy"));
        await ChooseAsync(page, "member-role-wendy", "team-admin");
        await Button(page, "Set role of wendy").ClickAsync();
        await Eventually.HoldsAsync(async () => await MemberRoleAsync(admin, "wendy") == "team-admin", "wendy is team-admin of web-ops");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await ConfirmAsync(page, "Remove wendy", "Remove");
        await Assertions.Expect(page.GetByTestId("members")).Not.ToContainTextAsync("wendy");
        Assert.Null(await MemberRoleAsync(admin, "wendy"));

        await ConfirmAsync(page, "Delete team", "Delete");
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(fixture.BaseUrl, "/admin/teams").ToString());
        await Assertions.Expect(page.GetByTestId("teams")).Not.ToContainTextAsync("web-ops");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/teams/web-ops")).StatusCode);
    }

    private static async Task<string?> MemberRoleAsync(HttpClient admin, string username)
    {
        var members = await admin.GetFromJsonAsync<JsonElement>("/api/teams/web-ops/members");
        return members.EnumerateArray().Where(m => m.GetProperty("username").GetString() == username)
            .Select(m => m.GetProperty("role").GetString()).FirstOrDefault();
    }
}
