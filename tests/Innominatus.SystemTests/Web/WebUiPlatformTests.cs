using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Innominatus.SystemTests.Web;

/// <summary>
/// The run operations, resources, providers, golden paths and the profile in a real browser. The test system has no
/// cluster, so every Kubernetes step fails at once: that is how these runs fail, to be retried, skipped or resumed.
/// </summary>
[Collection(WebUiCollection.Name)]
public class WebUiPlatformTests(WebUiFixture fixture)
{
    private static readonly Regex Finished = new("^(succeeded|failed)$");

    private static readonly Regex StartLines = new(@"starting \S+ step delete-workload");

    [ChromiumFact]
    public async Task An_approval_waits_for_someone_other_than_the_requester_then_a_failed_step_is_skipped_and_the_run_resumed()
    {
        await CreateApplicationAsync("web-gone");
        var runId = await StartGoldenPathAsync("undeploy-app", new { app_name = "web-gone", environment = "prod" });
        var wendy = await fixture.SignedInPageAsync("wendy");
        await wendy.GotoAsync($"/workflows/{runId}");

        // Wendy's page is not reloaded from here on: what it shows of the run comes from the event stream (the
        // fixture sets the pages' safety-net reload longer than the test).
        await Assertions.Expect(wendy.GetByTestId("step-graph")).ToBeVisibleAsync();
        Assert.True(await wendy.GetByTestId("step-graph").EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"), "the step graph did not load");
        // The requester may not decide her own run's gate, so she is not offered it.
        await Assertions.Expect(StepState(wendy, "approve-production")).ToHaveTextAsync("waiting_approval");
        await Assertions.Expect(Button(wendy, "Cancel")).ToBeVisibleAsync();
        await Assertions.Expect(Button(wendy, "Approve approve-production")).ToHaveCountAsync(0);
        await Assertions.Expect(Button(wendy, "Retry")).ToHaveCountAsync(0);

        var admin = await fixture.SignedInPageAsync("admin", LocalSystem.AdminPassword);
        await admin.GotoAsync($"/workflows/{runId}");
        await admin.Locator("#decision-reason input").FillAsync("checked with web-a");
        await Button(admin, "Approve approve-production").ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToHaveTextAsync("Approved.");
        await Assertions.Expect(StepState(admin, "approve-production")).ToHaveTextAsync("succeeded");

        await Assertions.Expect(RunState(wendy)).ToHaveTextAsync("failed", new() { Timeout = 180_000 });
        await Assertions.Expect(Button(wendy, "Retry")).ToBeVisibleAsync();
        await Assertions.Expect(Button(wendy, "Cancel")).ToHaveCountAsync(0);
        await Button(wendy, "Skip delete-workload").ClickAsync();
        await Assertions.Expect(wendy.GetByRole(AriaRole.Alert).Filter(new() { HasText = "needs a reason" })).ToBeVisibleAsync();
        await wendy.Locator("#decision-reason input").FillAsync("nothing was deployed");
        await Button(wendy, "Skip delete-workload").ClickAsync();
        await Assertions.Expect(wendy.GetByRole(AriaRole.Status)).ToHaveTextAsync("Skipped delete-workload.");
        await Assertions.Expect(Step(wendy, "delete-workload")).ToContainTextAsync("skipped by wendy: nothing was deployed");
        await Assertions.Expect(RunState(wendy)).ToHaveTextAsync("succeeded", new() { Timeout = 180_000 });

        // delete-workload failed before it was skipped, so it has lines; resuming from it runs it again.
        await Button(wendy, "Logs of delete-workload").ClickAsync();
        await Assertions.Expect(wendy.GetByTestId("logs")).ToContainTextAsync(StartLines);
        var attemptsBefore = StartLines.Matches(await wendy.GetByTestId("logs").TextContentAsync() ?? "").Count;
        await Button(wendy, "Resume from delete-workload").ClickAsync();
        await Assertions.Expect(wendy.GetByRole(AriaRole.Status)).ToHaveTextAsync("Resuming from delete-workload.");
        await Assertions.Expect(RunState(wendy)).ToHaveTextAsync(Finished, new() { Timeout = 180_000 });
        // The resumed attempt's lines join the open log as they are written, without a reload of the page.
        await Assertions.Expect(wendy.GetByTestId("logs")).ToHaveTextAsync(new Regex($@"({StartLines}[\s\S]*){{{attemptsBefore + 1}}}"));
        await Accessibility.AssertNoSeriousViolationsAsync(wendy);
    }

    [ChromiumFact]
    public async Task A_resource_page_shows_its_state_history_from_the_application_page_and_the_resource_list()
    {
        await CreateApplicationAsync("web-store");
        var page = await fixture.SignedInPageAsync("wendy");
        await page.GotoAsync("/applications/web-store");

        await page.GetByRole(AriaRole.Link, new() { Name = "db", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Resource db" })).ToBeVisibleAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/resources/[0-9a-f-]{36}$"));
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("application web-store");
        await Assertions.Expect(page.GetByTestId("history")).ToContainTextAsync("declared in revision 1");
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync("secretRef:");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.GotoAsync("/resources");
        await Assertions.Expect(page.GetByTestId("resources").GetByRole(AriaRole.Link, new() { Name = "db", Exact = true }).First).ToHaveAttributeAsync("href", new Regex("^/resources/[0-9a-f-]{36}$"));
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [ChromiumFact]
    public async Task A_golden_path_runs_from_the_form_generated_from_its_parameters_after_its_plan_is_shown()
    {
        await CreateApplicationAsync("web-retire");
        var page = await fixture.SignedInPageAsync("wendy");
        await page.GotoAsync("/golden-paths");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "undeploy-app", Exact = true }).ClickAsync();
        var run = page.GetByRole(AriaRole.Button, new() { Name = "Run", Exact = true });

        await page.Locator("#param-app_name input").FillAsync("Not A Name");
        await page.GetByRole(AriaRole.Button, new() { Name = "Plan", Exact = true }).ClickAsync();
        // The API's own validator answers, and nothing can run.
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("app_name");
        await Assertions.Expect(run).ToBeDisabledAsync();
        await page.Locator("#param-app_name input").FillAsync("web-retire");
        await Assertions.Expect(page.GetByTestId("plan")).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "Plan", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("plan")).ToContainTextAsync("delete-workload");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await run.ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/workflows/[0-9a-f-]{36}$"));
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("requested by wendy");
        await Assertions.Expect(RunState(page)).ToHaveTextAsync(Finished, new() { Timeout = 180_000 });
    }

    [ChromiumFact]
    public async Task Providers_show_their_resource_types_and_each_operations_workflow()
    {
        var page = await fixture.SignedInPageAsync("wendy");
        await page.GotoAsync("/providers");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        var first = page.GetByTestId("providers").Locator("tbody a").First;
        var name = await first.TextContentAsync();

        await first.ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Provider {name}" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("table[data-testid^='workflows-'] tbody tr").First).ToContainTextAsync("create");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [ChromiumFact]
    public async Task A_developer_creates_an_api_key_sees_it_once_uses_it_and_revokes_it()
    {
        var page = await fixture.SignedInPageAsync("wendy");
        await page.GotoAsync("/profile");
        await Assertions.Expect(page.GetByTestId("profile")).ToContainTextAsync("web-a");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.Locator("#key-name input").FillAsync("laptop-cli");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create key" }).ClickAsync();
        var key = await page.GetByTestId("new-key").TextContentAsync();
        await Assertions.Expect(page.GetByTestId("api-keys")).ToContainTextAsync("laptop-cli");
        Assert.False(string.IsNullOrEmpty(key));
        using (var client = KeyClient(key!))
        {
            Assert.True((await client.GetAsync("/api/applications")).IsSuccessStatusCode);
        }
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByTestId("api-keys")).ToContainTextAsync("laptop-cli");
        await Assertions.Expect(page.GetByTestId("new-key")).ToHaveCountAsync(0);
        Assert.DoesNotContain(key!, await page.ContentAsync(), StringComparison.Ordinal);

        await Button(page, "Revoke laptop-cli").ClickAsync();
        // Revoking asks first: until it is confirmed, the key stays and keeps working.
        await Assertions.Expect(page.GetByText("Revoke laptop-cli? Whatever uses it stops working.")).ToBeVisibleAsync();
        using (var client = KeyClient(key!))
        {
            Assert.True((await client.GetAsync("/api/applications")).IsSuccessStatusCode);
        }
        await Button(page, "Revoke").ClickAsync();

        await Assertions.Expect(page.GetByText("You have no API keys.")).ToBeVisibleAsync();
    }

    private static ILocator Button(IPage page, string name) => page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    private static ILocator Step(IPage page, string step) => page.Locator($"[data-testid=steps] tr[data-step='{step}']");

    private static ILocator StepState(IPage page, string step) => Step(page, step).Locator(".state");

    private static ILocator RunState(IPage page) => page.Locator("main p .state").First;

    private HttpClient KeyClient(string key)
    {
        var client = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = fixture.BaseUrl };
        client.DefaultRequestHeaders.Authorization = new("Bearer", key);
        return client;
    }

    private async Task CreateApplicationAsync(string name)
    {
        using var wendy = await fixture.ApiClientAsync("wendy");
        var spec = $"apiVersion: score.dev/v1b1\nmetadata:\n  name: {name}\ncontainers:\n  web:\n    image: nginx:1.27\nresources:\n  db:\n    type: postgres\n";
        using var created = await wendy.PostAsync("/api/applications", new StringContent(spec, Encoding.UTF8, "application/yaml"));
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
    }

    private async Task<Guid> StartGoldenPathAsync(string path, object parameters)
    {
        using var wendy = await fixture.ApiClientAsync("wendy");
        using var started = await wendy.PostAsJsonAsync($"/api/golden-paths/{path}/runs", new { parameters });
        Assert.True(started.IsSuccessStatusCode, await started.Content.ReadAsStringAsync());
        return (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("workflowRunId").GetGuid();
    }
}
