using Microsoft.Playwright;

namespace Innominatus.SystemTests.Web;

/// <summary>The admin pages: users, teams and the audit log for admins; neither links nor data for anyone else.</summary>
[Collection(WebUiCollection.Name)]
public class WebUiAdminTests(WebUiFixture fixture)
{
    [ChromiumFact]
    public async Task An_admin_reads_users_teams_and_the_audit_log()
    {
        var page = await fixture.SignedInPageAsync("admin", LocalSystem.AdminPassword);

        await page.GetByRole(AriaRole.Link, new() { Name = "Users", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("users")).ToContainTextAsync("wendy");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.GotoAsync("/admin/teams");
        await Assertions.Expect(page.GetByTestId("teams")).ToContainTextAsync("web-b");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.GotoAsync("/admin/audit");
        await page.Locator("#audit-action input").FillAsync("login");
        await Assertions.Expect(page.GetByTestId("audit").Locator("tbody tr").First).ToContainTextAsync("login");
        await Assertions.Expect(page.GetByTestId("audit")).Not.ToContainTextAsync("team.create");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [ChromiumFact]
    public async Task A_developer_gets_no_admin_links_and_the_api_refuses_the_admin_pages_data()
    {
        var page = await fixture.SignedInPageAsync("bruno");

        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Audit log" })).ToHaveCountAsync(0);
        await page.GotoAsync("/admin/users");

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("users")).ToHaveCountAsync(0);
        Assert.DoesNotContain("wendy", await page.Locator("main").TextContentAsync() ?? "", StringComparison.Ordinal);
    }
}
