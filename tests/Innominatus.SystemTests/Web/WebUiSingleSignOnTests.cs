using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Innominatus.SystemTests.Web;

/// <summary>
/// Single sign-on of the web UI in a real browser: the authorization code flow through the gateway to the
/// IdentityService's own login page and back, with no fake anywhere (the company's provider is not involved).
/// </summary>
[Collection(WebUiCollection.Name)]
public class WebUiSingleSignOnTests(WebUiFixture fixture)
{
    private const string Spec = "apiVersion: score.dev/v1b1\nmetadata:\n  name: {0}\ncontainers:\n  web:\n    image: nginx:1.27\n";

    [ChromiumFact]
    public async Task A_developer_signs_in_with_single_sign_on_sees_only_their_teams_applications_and_signs_out()
    {
        await CreateApplicationAsync("wendy", "sso-wendy-app");
        await CreateApplicationAsync("bruno", "sso-bruno-app");
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/applications");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in with single sign-on" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/auth/login\\?returnUrl=%2Fconnect%2Fauthorize"));
        await page.GetByLabel("Username").FillAsync("bruno");
        await page.GetByLabel("Password").FillAsync(WebUiFixture.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();

        // Back at the page asked for, signed in as the identity service says, with the team's own data only.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/applications$"));
        await Assertions.Expect(page.GetByTestId("signed-in-as")).ToHaveTextAsync("bruno");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "sso-bruno-app" })).ToBeVisibleAsync();
        Assert.DoesNotContain("sso-wendy-app", await page.ContentAsync(), StringComparison.Ordinal);
        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard" })).ToBeVisibleAsync();
        Assert.DoesNotContain("sso-wendy-app", await page.ContentAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page.GetByText("You are signed out.")).ToBeVisibleAsync();
        await page.GotoAsync("/applications");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/signin\\?ReturnUrl=%2Fapplications", RegexOptions.IgnoreCase));
    }

    [ChromiumFact]
    public async Task A_forged_callback_is_refused_and_the_sign_in_page_says_so()
    {
        var page = await fixture.NewPageAsync();

        await page.GotoAsync("/signin-oidc?code=forged&state=forged");

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Single sign-on failed: try again, or sign in with your password.");
        await page.GotoAsync("/applications");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/signin\\?ReturnUrl=%2Fapplications", RegexOptions.IgnoreCase));
    }

    private async Task CreateApplicationAsync(string user, string name)
    {
        using var client = await fixture.ApiClientAsync(user);
        var created = await client.PostAsync("/api/applications", new StringContent(string.Format(System.Globalization.CultureInfo.InvariantCulture, Spec, name), Encoding.UTF8, "application/yaml"));
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
    }
}
