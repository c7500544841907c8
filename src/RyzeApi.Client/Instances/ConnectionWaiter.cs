using RyzeApi.Client.Http;

namespace RyzeApi.Client;

/// <summary>
/// Waits for an instance to be connected: on its WebSocket's <c>instance.state</c> events when the WebSocket is enabled
/// (checking by REST once listening and after each gap, for what happened before), otherwise by reading it by name
/// every <see cref="PollInterval"/>, a fifth of the token's 100 requests per minute.
/// </summary>
internal sealed class ConnectionWaiter(InstancesClient instances, RyzeTransport transport)
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(3);

    /// <summary>Whether to listen on the WebSocket: it is enabled (one read of its configuration).</summary>
    public async Task<bool> CanStreamAsync(string name, CancellationToken cancellationToken) =>
        (await new EventsClient(transport).GetWebSocketAsync(name, cancellationToken).ConfigureAwait(false))?.Enabled == true;

    /// <summary>The connected instance, or <see langword="null"/> when <paramref name="until"/> passed first.</summary>
    public async Task<Instance?> WaitAsync(string name, bool stream, CancellationToken until, CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(until, cancellationToken);
        try
        {
            if (stream)
            {
                try
                {
                    return await ListenAsync(name, linked.Token).ConfigureAwait(false);
                }
                catch (RyzeWebSocketNotEnabledException)
                {
                    // Disabled since it was read: poll instead.
                }
            }

            return await PollAsync(name, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (until.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    private async Task<Instance> PollAsync(string name, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (await ConnectedAsync(name, cancellationToken).ConfigureAwait(false) is { } connected)
            {
                return connected;
            }

            await Task.Delay(PollInterval, transport.Time, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<Instance> ListenAsync(string name, CancellationToken cancellationToken)
    {
        var opened = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var listening = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var stream = new EventStream(transport, name, new EventStreamOptions()) { Connected = () => opened.TrySetResult() };
        var events = stream.ReadAsync(listening.Token).GetAsyncEnumerator(listening.Token);
        var next = events.MoveNextAsync().AsTask();
        try
        {
            if (await Task.WhenAny(next, opened.Task).ConfigureAwait(false) == opened.Task
                && await ConnectedAsync(name, cancellationToken).ConfigureAwait(false) is { } already)
            {
                return already;
            }

            while (await next.ConfigureAwait(false))
            {
                var connected = events.Current switch
                {
                    InstanceStateEvent { State: InstanceState.Connected } => await instances.GetAsync(name, cancellationToken).ConfigureAwait(false),
                    StreamGap => await ConnectedAsync(name, cancellationToken).ConfigureAwait(false),
                    _ => null,
                };
                if (connected is not null)
                {
                    return connected;
                }

                next = events.MoveNextAsync().AsTask();
            }

            // The stream only ends when cancelled.
            cancellationToken.ThrowIfCancellationRequested();
            throw new InvalidOperationException("The event stream ended.");
        }
        finally
        {
            // An iterator cannot be disposed while a MoveNextAsync runs: stop it, let it end, then dispose.
            await listening.CancelAsync().ConfigureAwait(false);
            await ((Task)next).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            await events.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task<Instance?> ConnectedAsync(string name, CancellationToken cancellationToken)
    {
        var instance = await instances.GetAsync(name, cancellationToken).ConfigureAwait(false);
        return instance.State == InstanceState.Connected ? instance : null;
    }
}
