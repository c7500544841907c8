using Microsoft.Extensions.Logging;

namespace RyzeApi.Client.Benchmarks;

/// <summary>A logging provider that formats every event it is given and throws the text away: a real sink's CPU cost, no I/O.</summary>
public sealed class SinkLoggerProvider : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => SinkLogger.Instance;

    public void Dispose()
    {
    }

    private sealed class SinkLogger : ILogger
    {
        public static readonly SinkLogger Instance = new();

        private static int _length;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Volatile.Write(ref _length, formatter(state, exception).Length);
    }
}
