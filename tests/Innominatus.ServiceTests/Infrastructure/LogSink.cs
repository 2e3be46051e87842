using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Innominatus.ServiceTests.Infrastructure;

/// <summary>Keeps every formatted log line so a test can assert on what an operator would read.</summary>
public sealed class LogSink : ILoggerProvider
{
    private readonly ConcurrentQueue<string> lines = new();

    public IReadOnlyCollection<string> Lines => lines.ToArray();

    public ILogger CreateLogger(string categoryName) => new SinkLogger(lines);

    public void Dispose()
    {
    }

    private sealed class SinkLogger(ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                lines.Enqueue(formatter(state, exception));
            }
        }
    }
}
