using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Innominatus.SystemTests.Web;

/// <summary>
/// axe-core's checks on the page as it is now: a serious or critical violation (a control without a name, a missing
/// landmark, too little contrast) fails the test, with every offending element named.
/// </summary>
public static class Accessibility
{
    private static readonly string[] Failing = ["serious", "critical"];

    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        // Interactive pages render after the first load: check what the user sees, not a half-drawn page.
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        AxeResult results = await page.RunAxe();
        var failures = results.Violations.Where(v => Failing.Contains(v.Impact)).ToList();
        Assert.True(failures.Count == 0, $"axe on {page.Url}:\n" + string.Join("\n", failures.Select(Describe)));
    }

    private static string Describe(AxeResultItem violation) =>
        $"{violation.Impact} {violation.Id}: {violation.Help}\n" + string.Join("\n", violation.Nodes.Select(n => $"    {n.Target}: {n.Html}"));
}
