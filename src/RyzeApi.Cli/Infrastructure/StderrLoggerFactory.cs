using Microsoft.Extensions.Logging;

namespace RyzeApi.Cli;

/// <summary>For <c>--verbose</c>: the SDK's own log lines (each call, retry and wait, never a token) on stderr.</summary>
internal sealed class StderrLoggerFactory(TextWriter error) : ILoggerFactory, ILogger
{
    public ILogger CreateLogger(string categoryName) => this;

    public void AddProvider(ILoggerProvider provider)
    {
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Debug;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        error.WriteLine($"ryze: {logLevel.ToString().ToLowerInvariant()}: {formatter(state, null)}");
    }

    public void Dispose()
    {
    }
}
