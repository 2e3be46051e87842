using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Innominatus.Tests;
using Microsoft.Playwright;

namespace Innominatus.SystemTests.Web;

/// <summary>The web UI in a real browser, served by the gateway of the real system, as a developer uses it.</summary>
[Collection(WebUiCollection.Name)]
public class WebUiTests(WebUiFixture fixture)
{
    // Line 5 is the container that lacks its image: the server's validator names that line.
    private const string BrokenSpec = "apiVersion: score.dev/v1b1\nmetadata:\n  name: web-shop\ncontainers:\n  web:\n    command: [run]\n";

    private const string FixedSpec = "apiVersion: score.dev/v1b1\nmetadata:\n  name: web-shop\ncontainers:\n  web:\n    image: nginx:1.27\nresources:\n  db:\n    type: postgres\n";

    /// <summary>
    /// README's screenshots: docs/images/ when WEB_SCREENSHOTS=1 (docs/web.md), else beside the test binaries, since a
    /// test run must leave the repository as it was (eng/repo-guard.sh).
    /// </summary>
    private static readonly string Images = Environment.GetEnvironmentVariable("WEB_SCREENSHOTS") == "1"
        ? Path.GetFullPath(Path.Combine(TestDataFolder.File(), "..", "..", "docs", "images"))
        : Path.Combine(AppContext.BaseDirectory, "screenshots");

    [ChromiumFact]
    public async Task A_developer_signs_in_and_out_and_signed_out_pages_ask_for_the_sign_in_again()
    {
        var page = await fixture.SignedInPageAsync("wendy");

        await Assertions.Expect(page.GetByTestId("signed-in-as")).ToHaveTextAsync("wendy");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.GotoAsync("/workflows");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Workflow runs" })).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page.GetByText("You are signed out.")).ToBeVisibleAsync();
        await page.GotoAsync("/workflows");

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/signin\\?ReturnUrl=%2Fworkflows", RegexOptions.IgnoreCase));
    }

    [ChromiumFact]
    public async Task Wrong_password_is_refused_on_the_sign_in_page()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/signin");
        await page.GetByLabel("Username").FillAsync("wendy");
        await page.GetByLabel("Password").FillAsync("not-the-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Invalid username or password.");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [ChromiumFact]
    public async Task A_spec_with_an_error_shows_it_at_its_line_then_deploys_and_its_run_finishes_with_logs_and_retry()
    {
        var page = await fixture.SignedInPageAsync("wendy");
        await page.GotoAsync("/deploy");
        var editor = page.Locator("#spec-editor textarea");

        await editor.FillAsync(BrokenSpec);
        await Assertions.Expect(page.GetByTestId("validation")).ToContainTextAsync("Line 5, column 3: $.containers.web.image: required field 'image' is missing");
        await Assertions.Expect(DeployButton(page)).ToBeDisabledAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await editor.FillAsync(FixedSpec);
        await Assertions.Expect(page.GetByTestId("validation")).ToContainTextAsync("Valid: application web-shop");
        await DeployButton(page).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "web-shop", Exact = true })).ToBeVisibleAsync();
        await page.Locator("a[href^='/workflows/']").First.ClickAsync(new() { Timeout = 60_000 });
        // No cluster runs here: the provider's Kubernetes steps fail, which is the run's end as much as success is.
        var state = page.Locator("main p .state").First;
        await Assertions.Expect(state).ToHaveTextAsync(new Regex("^(succeeded|failed)$"), new() { Timeout = 180_000 });
        await page.GetByTestId("steps").Locator("fluent-button").First.ClickAsync();
        // The step's own lines, as stored: the runner's first line names the step, its last one how the step ended.
        await Assertions.Expect(page.GetByTestId("logs")).ToContainTextAsync(new Regex(@"starting \S+ step \S+ \(attempt 1 of \d+\)"));
        await Assertions.Expect(page.GetByTestId("logs")).ToContainTextAsync(new Regex(@"step \S+ (succeeded|failed)"));
        await Screenshot(page, "web-workflow-run.png");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        if (await state.TextContentAsync() == "failed")
        {
            await page.Locator("fluent-button", new() { HasText = "Retry" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Retry requested.");
        }

        await page.GotoAsync("/applications/web-shop");
        var graph = page.GetByTestId("graph");
        await Assertions.Expect(graph).ToBeVisibleAsync();
        Assert.True(await graph.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"), "the graph's SVG did not load as an image");
        await Screenshot(page, "web-application-graph.png");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByTestId("dashboard-applications")).ToContainTextAsync("web-shop");
        await Screenshot(page, "web-dashboard.png");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [ChromiumFact]
    public async Task A_developer_of_another_team_sees_none_of_the_first_teams_applications()
    {
        using (var wendy = await fixture.ApiClientAsync("wendy"))
        {
            var spec = FixedSpec.Replace("web-shop", "web-private", StringComparison.Ordinal);
            var created = await wendy.PostAsync("/api/applications", new StringContent(spec, Encoding.UTF8, "application/yaml"));
            Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        }
        var page = await fixture.SignedInPageAsync("bruno");

        await page.GotoAsync("/applications");
        await Assertions.Expect(page.GetByText("Your teams have no applications yet.")).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.GotoAsync("/applications/web-private");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("not found", new() { IgnoreCase = true });
        Assert.DoesNotContain("web-a", await page.ContentAsync(), StringComparison.Ordinal);
    }

    [ChromiumFact]
    public async Task The_gateway_serves_the_ui_to_anonymous_browsers_but_never_the_api_through_it()
    {
        using var anonymous = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = fixture.BaseUrl };

        var home = await anonymous.GetAsync("/");
        var signIn = await anonymous.GetStringAsync("/signin");
        var api = await anonymous.GetAsync("/api/no-such-route");
        var noPage = await anonymous.GetAsync("/no-such-page");
        var internalRoute = await anonymous.PostAsync("/internal/credentials/check", new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.StartsWith("/signin", home.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Contains("<label for=\"password\">Password</label>", signIn, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        // Outside /api and /internal every path is the UI's, which has no such page; /internal, the services' prefix
        // for calls between them, is a 404 at the edge, so the identity service's credential check stays out of reach.
        Assert.Equal(HttpStatusCode.NotFound, noPage.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, internalRoute.StatusCode);
        Assert.DoesNotContain("credential", await internalRoute.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    private static ILocator DeployButton(IPage page) => page.GetByRole(AriaRole.Button, new() { Name = "Deploy", Exact = true });

    private static async Task Screenshot(IPage page, string name)
    {
        Directory.CreateDirectory(Images);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Images, name) });
    }
}
