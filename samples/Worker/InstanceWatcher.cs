using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RyzeApi.Client;

namespace Worker;

/// <summary>
/// Streams each watched instance's events over its WebSocket and logs them (never their raw JSON, which holds the
/// instance token); a failed provisioning or stream is logged, not fatal.
/// </summary>
public sealed partial class InstanceWatcher(RyzeClient client, IOptions<WatcherOptions> options, ILogger<InstanceWatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var watched = options.Value.Instances;
        if (options.Value.ProvisionMissing)
        {
            await ProvisionAsync(watched, stoppingToken);
        }

        await Task.WhenAll(watched.Select(name => WatchAsync(name, stoppingToken)));
    }

    private async Task WatchAsync(string name, CancellationToken stoppingToken)
    {
        try
        {
            // The stream needs the instance's WebSocket on; this sample turns it on (all events) when it is not.
            if ((await client.Events.GetWebSocketAsync(name, stoppingToken))?.Enabled != true)
            {
                await client.Events.ConfigureWebSocketAsync(name, new WebSocketConfig(), stoppingToken);
            }

            // Reconnects by itself; ends quietly when the host stops.
            await foreach (var ryzeEvent in client.Events.StreamAsync(name, cancellationToken: stoppingToken))
            {
                switch (ryzeEvent)
                {
                    case InstanceStateEvent state:
                        LogState(logger, name, state.State);
                        break;
                    case MessageExchangeEvent message:
                        LogMessage(logger, name, message.Direction, message.MessageId);
                        break;
                    case MessageStatusEvent receipt:
                        LogReceipt(logger, name, receipt.MessageId, receipt.Status);
                        break;
                    case StreamGap gap:
                        LogGap(logger, name, gap.DisconnectedAt, gap.ReconnectedAt);
                        break;
                    default:
                        LogOther(logger, name, ryzeEvent.EventName);
                        break;
                }
            }
        }
        catch (RyzeApiException ex)
        {
            LogWatchFailed(logger, name, ex.Message);
        }
    }

    private async Task ProvisionAsync(IEnumerable<string> names, CancellationToken cancellationToken)
    {
        foreach (var name in names)
        {
            try
            {
                // EnsureAsync, not CreateAsync: an instance that already exists (a restart) is found, not a RyzeConflictException.
                var ensured = await client.Instances.EnsureAsync(new CreateInstanceRequest { Name = name, WebSocket = new WebSocketConfig() }, cancellationToken);
                if (ensured.Created)
                {
                    await client.Instances.ConnectAsync(name, cancellationToken: cancellationToken);
                }
            }
            catch (RyzeApiException ex)
            {
                // One instance that cannot be provisioned now must not stop the host: it is watched (and reported) anyway.
                LogProvisionFailed(logger, name, ex.Message);
            }
        }
    }

    [LoggerMessage(1, LogLevel.Information, "Instance {Name}: state {State}")]
    private static partial void LogState(ILogger logger, string name, InstanceState state);

    [LoggerMessage(2, LogLevel.Warning, "Instance {Name}: event stream failed: {Error}")]
    private static partial void LogWatchFailed(ILogger logger, string name, string error);

    [LoggerMessage(3, LogLevel.Warning, "Could not provision {Name}: {Error}")]
    private static partial void LogProvisionFailed(ILogger logger, string name, string error);

    [LoggerMessage(4, LogLevel.Information, "Instance {Name}: {Direction} message {MessageId}")]
    private static partial void LogMessage(ILogger logger, string name, MessageDirection direction, string? messageId);

    [LoggerMessage(5, LogLevel.Information, "Instance {Name}: message {MessageId} {Status}")]
    private static partial void LogReceipt(ILogger logger, string name, string? messageId, MessageDeliveryStatus status);

    [LoggerMessage(6, LogLevel.Warning, "Instance {Name}: stream reconnected; events between {From} and {To} may be missing")]
    private static partial void LogGap(ILogger logger, string name, DateTimeOffset from, DateTimeOffset to);

    [LoggerMessage(7, LogLevel.Information, "Instance {Name}: {Event}")]
    private static partial void LogOther(ILogger logger, string name, string @event);
}
