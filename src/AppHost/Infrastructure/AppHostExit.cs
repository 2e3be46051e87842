namespace Innominatus.AppHost.Infrastructure;

/// <summary>Stops the AppHost before it starts anything, with one line on standard error that says what to do.</summary>
public static class AppHostExit
{
    public static void Fail(string message)
    {
        Console.Error.WriteLine(message);
        Environment.Exit(1);
    }
}
