using System.Buffers;
using System.Net.WebSockets;
using System.Runtime.CompilerServices;
using RyzeApi.Client.Http;

namespace RyzeApi.Client;

/// <summary>
/// One caller's event stream over <c>/ws/:instance</c>: upgrade, yield a typed event per text frame, and when the socket
/// drops, reconnect (paced by <see cref="ReconnectPacing"/>) and yield a <see cref="StreamGap"/> before the next events.
/// The caller's cancellation ends it without an exception.
/// </summary>
internal sealed partial class EventStream(RyzeTransport transport, string instance, EventStreamOptions options)
{
    // A frame is one event; a larger one (inline media past this) is a broken connection, not a reason to run out of memory.
    private const int MaxFrameBytes = 64 * 1024 * 1024;

    /// <summary>Told each time a socket opens, before its first frame: a waiter checks by REST what happened before it listened.</summary>
    public Action? Connected { get; init; }

    public async IAsyncEnumerable<RyzeEvent> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var time = transport.Time;
        var pacing = new ReconnectPacing(options, time);
        var frame = new ArrayBufferWriter<byte>(16 * 1024);
        DateTimeOffset? droppedAt = null;
        var (attempts, failures) = (0, 0);
        while (!cancellationToken.IsCancellationRequested)
        {
            attempts++;
            var attempt = await UpgradeAsync(pacing, cancellationToken).ConfigureAwait(false);
            if (attempt.Socket is not { } socket)
            {
                if (attempt.Failure is not { } failure)
                {
                    yield break; // cancelled
                }

                if (++failures > options.MaxReconnectAttempts)
                {
                    throw failure;
                }

                var wait = pacing.Backoff(failures);
                wait = attempt.RetryAfter > wait ? attempt.RetryAfter.Value : wait;
                LogRetrying(transport.Logger, instance, failures, (int?)failure.StatusCode ?? 0, wait.TotalMilliseconds);
                if (!await DelayAsync(wait, cancellationToken).ConfigureAwait(false))
                {
                    yield break;
                }

                continue;
            }

            using (socket)
            {
                LogConnected(transport.Logger, instance);
                Connected?.Invoke();
                if (droppedAt is { } since)
                {
                    yield return new StreamGap(instance, since, time.GetUtcNow(), attempts);
                }

                (attempts, failures) = (0, 0);
                while (await ReceiveAsync(socket, frame, cancellationToken).ConfigureAwait(false))
                {
                    if (Parse(frame.WrittenSpan) is { } ryzeEvent)
                    {
                        yield return ryzeEvent;
                    }
                }

                if (cancellationToken.IsCancellationRequested)
                {
                    yield break;
                }
            }

            // Reconnected at once; a socket that keeps dropping is held back by the upgrade budget and, once an upgrade fails, by backoff.
            droppedAt = time.GetUtcNow();
            LogDropped(transport.Logger, instance);
        }
    }

    private async Task<UpgradeAttempt> UpgradeAsync(ReconnectPacing pacing, CancellationToken cancellationToken)
    {
        if (!await DelayAsync(pacing.TakeUpgradeSlot(), cancellationToken).ConfigureAwait(false))
        {
            return UpgradeAttempt.Cancelled;
        }

        var token = await transport.TokenForAsync(instance, cancellationToken).ConfigureAwait(false);
        var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("token", token); // never ?token=: that is for browsers, and URLs end up in logs
        socket.Options.SetRequestHeader("User-Agent", RyzeHttpDefaults.UserAgent);
        socket.Options.CollectHttpResponseDetails = true;
        using var timeout = new CancellationTokenSource(transport.Options.AttemptTimeout, transport.Time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            await socket.ConnectAsync(EventStreamFailures.Address(transport.Options.BaseAddress, instance), linked.Token).ConfigureAwait(false);
            return new UpgradeAttempt(socket, null, null);
        }
        catch (Exception ex) when (ex is WebSocketException or HttpRequestException or OperationCanceledException)
        {
            using (socket)
            {
                return cancellationToken.IsCancellationRequested
                    ? UpgradeAttempt.Cancelled
                    : EventStreamFailures.Describe(instance, socket, ex, timeout.IsCancellationRequested, transport.Time);
            }
        }
    }

    /// <summary>Reads one whole message into <paramref name="frame"/>; false when the socket closed, dropped or the caller cancelled.</summary>
    private static async Task<bool> ReceiveAsync(ClientWebSocket socket, ArrayBufferWriter<byte> frame, CancellationToken cancellationToken)
    {
        frame.ResetWrittenCount();
        try
        {
            while (true)
            {
                var received = await socket.ReceiveAsync(frame.GetMemory(8 * 1024), cancellationToken).ConfigureAwait(false);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    return false;
                }

                frame.Advance(received.Count);
                if (received.EndOfMessage)
                {
                    return true;
                }

                if (frame.WrittenCount > MaxFrameBytes)
                {
                    return false;
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException)
        {
            return false;
        }
    }

    private RyzeEvent? Parse(ReadOnlySpan<byte> frame)
    {
        try
        {
            return RyzeEventParser.Parse(frame);
        }
        catch (RyzeEventFormatException)
        {
            LogFrameSkipped(transport.Logger, instance, frame.Length); // its content may hold the instance token: not logged
            return null;
        }
    }

    private async Task<bool> DelayAsync(TimeSpan wait, CancellationToken cancellationToken)
    {
        try
        {
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, transport.Time, cancellationToken).ConfigureAwait(false);
            }

            return !cancellationToken.IsCancellationRequested;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
