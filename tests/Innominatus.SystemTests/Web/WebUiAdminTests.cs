using Microsoft.Playwright;

namespace Innominatus.SystemTests.Web;

/// <summary>The admin pages: users, teams and the audit log for admins; neither links nor data nor changes for anyone else.</summary>
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
        // Typed again until the page filters: on a loaded machine the first keystrokes can reach the prerendered page
        // before its interactive circuit is connected, and those never reach the filter.
        var audit = page.GetByTestId("audit");
        for (var attempt = 1; attempt <= 10 && (await audit.TextContentAsync() ?? "").Contains("team.create", StringComparison.Ordinal); attempt++)
        {
            await page.Locator("#audit-action input").FillAsync("");
            await page.Locator("#audit-action input").FillAsync("login");
            await page.WaitForTimeoutAsync(1_500);
        }
        await Assertions.Expect(audit.Locator("tbody tr").First).ToContainTextAsync("login");
        await Assertions.Expect(audit).Not.ToContainTextAsync("team.create");
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

        await page.GotoAsync("/admin/users/wendy");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("user")).ToHaveCountAsync(0);
        await page.GotoAsync("/admin/teams/web-a");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("No team 'web-a' that you can see.");
        await Assertions.Expect(page.GetByTestId("members")).ToHaveCountAsync(0);
    }

    [ChromiumFact]
    public async Task A_developer_who_tries_to_create_a_team_gets_the_apis_refusal()
    {
        var page = await fixture.SignedInPageAsync("bruno");
        await page.GotoAsync("/admin/teams");
        await Assertions.Expect(page.GetByTestId("teams")).ToContainTextAsync("web-b");

        await page.Locator("#new-team-name input").FillAsync("bruno-own");
        await FluentControls.Button(page, "Create team").ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        using var admin = await fixture.System.AdminGatewayAsync();
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await admin.GetAsync("/api/teams/bruno-own")).StatusCode);
    }
}
