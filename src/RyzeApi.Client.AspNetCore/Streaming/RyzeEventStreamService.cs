using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RyzeApi.Client.AspNetCore.Handlers;

namespace RyzeApi.Client.AspNetCore.Streaming;

/// <summary>
/// Reads one instance's WebSocket stream and dispatches each event through the webhook pipeline (handlers, de-duplication)
/// in a scope of its own. The stream reconnects by itself; a stream that fails (e.g. the WebSocket is not enabled) is
/// logged and opened again after <see cref="RestartDelay"/>. Stopping the host ends it without an error.
/// </summary>
internal sealed partial class RyzeEventStreamService(
    string instanceName,
    EventStreamOptions? options,
    IServiceProvider services,
    RyzeEventDispatcher dispatcher,
    TimeProvider time,
    ILogger<RyzeEventStreamService> logger) : BackgroundService
{
    internal static readonly TimeSpan RestartDelay = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // Resolved per opening, not held: the client's HTTP handlers are meant to be recycled.
                var client = services.GetRequiredService<RyzeClient>();
                LogStarted(logger, instanceName);
                await foreach (var ryzeEvent in client.Events.StreamAsync(instanceName, options, stoppingToken).ConfigureAwait(false))
                {
                    await DispatchAsync(ryzeEvent, stoppingToken).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                LogStreamFailed(logger, e, instanceName, RestartDelay.TotalSeconds);
                try
                {
                    await Task.Delay(RestartDelay, time, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }

        LogStopped(logger, instanceName);
    }

    private async Task DispatchAsync(RyzeEvent ryzeEvent, CancellationToken stoppingToken)
    {
        if (ryzeEvent is StreamGap gap)
        {
            LogGap(logger, instanceName, gap.DisconnectedAt, gap.ReconnectedAt, gap.Attempts);
        }

        var scope = services.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            try
            {
                await dispatcher.DispatchAsync(ryzeEvent, RyzeEventTransport.WebSocket, scope.ServiceProvider, stoppingToken).ConfigureAwait(false);
            }
            catch (Exception) when (!stoppingToken.IsCancellationRequested)
            {
                // Logged by the dispatcher. Nothing redelivers a frame: the claim was given back, so the same event
                // arriving by webhook is still handled.
            }
        }
    }

    [LoggerMessage(20, LogLevel.Information, "RyzeAPI event stream of {Instance}: opening")]
    private static partial void LogStarted(ILogger logger, string instance);

    [LoggerMessage(21, LogLevel.Warning, "RyzeAPI event stream of {Instance}: reconnected after a gap from {DisconnectedAt:O} to {ReconnectedAt:O} ({Attempts} attempts); events sent meanwhile are not replayed")]
    private static partial void LogGap(ILogger logger, string instance, DateTimeOffset disconnectedAt, DateTimeOffset reconnectedAt, int attempts);

    [LoggerMessage(22, LogLevel.Error, "RyzeAPI event stream of {Instance}: failed; opening it again in {DelaySeconds} s")]
    private static partial void LogStreamFailed(ILogger logger, Exception exception, string instance, double delaySeconds);

    [LoggerMessage(23, LogLevel.Information, "RyzeAPI event stream of {Instance}: stopped")]
    private static partial void LogStopped(ILogger logger, string instance);
}
