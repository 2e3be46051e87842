namespace Innominatus.SystemTests.Web;

public static class Eventually
{
    /// <summary>
    /// Waits up to 30 s for <paramref name="condition"/>: for a change a page made through the API (the click returns
    /// before the server-side call ends), or one the gateway sees only when its credential cache expires.
    /// </summary>
    public static async Task HoldsAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Not within 30 s: {what}.");
            await Task.Delay(250);
        }
    }
}
