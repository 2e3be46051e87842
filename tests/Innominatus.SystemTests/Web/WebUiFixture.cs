using System.Net;
using Aspire.Hosting;
using Aspire.Hosting.Testing;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Innominatus.SystemTests.Web;

/// <summary>
/// The real system, two teams with one developer each, and a headless chromium. Playwright cannot download its own
/// browsers here, so it drives the distribution's.
/// </summary>
public sealed class WebUiFixture : IAsyncLifetime
{
    public const string Password = "web-ui-long-password";

    private LocalSystem? system;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public LocalSystem System => system ?? throw new InvalidOperationException("The system has not started.");

    public Uri BaseUrl => System.App.GetEndpoint("gateway", "http");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumFactAttribute.Chromium))
        {
            return;
        }
        // The browser tests need runs that end: with no cluster, the provider's Kubernetes steps fail at once. The
        // KUBECONFIG eng/test.sh exports is an API server without nodes, where they would wait for readiness instead.
        // The pages' safety-net reload is set longer than any test: what a page shows of a run going on comes from
        // the event stream, or the tests that watch a run fail. The sign-in page offers single sign-on too (the
        // AppHost's Web:SingleSignOn), against the IdentityService's own login.
        system = await LocalSystem.StartAsync(LocalSystem.NewRoot(), "--Kubernetes:Kubeconfig=/nonexistent/kubeconfig",
            "--Web:Live:FallbackRefreshSeconds=3600", "--Web:SingleSignOn=true");
        using (var admin = await system.AdminGatewayAsync())
        {
            foreach (var (team, user) in new[] { ("web-a", "wendy"), ("web-b", "bruno") })
            {
                await PostAsync(admin, "/api/teams", new { name = team, description = team });
                await PostAsync(admin, "/api/admin/users", new { username = user, password = Password, team, role = "user" });
            }
        }
        // A loaded CI machine answers slower than Playwright's 5 s default.
        Assertions.SetDefaultExpectTimeout(30_000);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumFactAttribute.Chromium, Headless = true });
    }

    /// <summary>A POST that tolerates the 503 of a credential check still warming up on a loaded machine.</summary>
    private static async Task PostAsync(HttpClient client, string path, object body)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var response = await client.PostAsJsonAsync(path, body);
            if (response.StatusCode != HttpStatusCode.ServiceUnavailable || attempt == 5)
            {
                response.EnsureSuccessStatusCode();
                return;
            }
            await Task.Delay(TimeSpan.FromSeconds(2));
        }
    }

    /// <summary>A fresh browser context (its own cookies) with a page on the gateway's address.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 860 },
        });
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    public async Task<IPage> SignedInPageAsync(string user, string password = Password)
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByLabel("Username").FillAsync(user);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard" }).WaitForAsync();
        return page;
    }

    /// <summary>An API client signed in as <paramref name="user"/>: what a test sets up without the browser.</summary>
    public async Task<HttpClient> ApiClientAsync(string user)
    {
        var client = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = BaseUrl };
        var login = await client.PostAsJsonAsync("/api/login", new { username = user, password = Password });
        login.EnsureSuccessStatusCode();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString());
        return client;
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }
        playwright?.Dispose();
        if (system is not null)
        {
            await system.DisposeAsync();
            Directory.Delete(system.Root, recursive: true);
        }
    }
}
