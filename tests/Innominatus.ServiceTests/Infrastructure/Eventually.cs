namespace Innominatus.ServiceTests.Infrastructure;

public static class Eventually
{
    public static async Task TrueAsync(Func<Task<bool>> condition, int timeoutSeconds = 15)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"The condition did not hold within {timeoutSeconds} s.");
            await Task.Delay(100);
        }
    }

    /// <summary>Waits for <paramref name="value"/> to return something other than null, and returns it.</summary>
    public static async Task<T> ValueAsync<T>(Func<Task<T?>> value, int timeoutSeconds = 15)
        where T : class
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (true)
        {
            if (await value() is { } found)
            {
                return found;
            }
            Assert.True(DateTime.UtcNow < deadline, $"No value within {timeoutSeconds} s.");
            await Task.Delay(100);
        }
    }
}
