using Microsoft.Playwright;

namespace Innominatus.SystemTests.Web;

/// <summary>Driving Fluent UI's web components the way a user does: by their roles and accessible names.</summary>
public static class FluentControls
{
    public static ILocator Button(IPage page, string name) => page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    /// <summary>Opens the fluent-select with id <paramref name="selectId"/> and clicks one of its options.</summary>
    public static async Task ChooseAsync(IPage page, string selectId, string option)
    {
        var select = page.Locator($"#{selectId}");
        await select.ClickAsync();
        await select.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
    }

    /// <summary>A destructive action: its button, then the confirm step's button.</summary>
    public static async Task ConfirmAsync(IPage page, string button, string confirm)
    {
        await Button(page, button).ClickAsync();
        await Button(page, confirm).ClickAsync();
    }
}
