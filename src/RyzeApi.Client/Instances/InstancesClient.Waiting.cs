namespace RyzeApi.Client;

public partial class InstancesClient
{
    // SPEC §6: a QR code lives about 20 s, a pairing code about 60 s.
    private static readonly TimeSpan QrLifetime = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan PairingCodeLifetime = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Waits until the instance is connected (e.g. after its QR code was scanned): on its WebSocket's <c>instance.state</c>
    /// events when the WebSocket is enabled, otherwise by reading it every 3 seconds, well inside the rate limit.
    /// </summary>
    /// <param name="name">The instance name.</param>
    /// <param name="timeout">How long to wait.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The connected instance.</returns>
    /// <exception cref="ArgumentException">The name is invalid or the timeout is not positive; nothing was sent.</exception>
    /// <exception cref="TimeoutException">The instance was not connected within <paramref name="timeout"/>.</exception>
    /// <exception cref="RyzeApiException">A call failed (e.g. <see cref="RyzeNotFoundException"/>).</exception>
    public virtual Task<InstanceInfo> WaitUntilConnectedAsync(string name, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        InstanceName.Validate(name, nameof(name));
        return UntilConnectedAsync(name, timeout, (waiter, stream, deadline, _) => waiter.WaitAsync(name, stream, deadline, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Connects the instance and waits until it is connected, asking for a new QR code (or pairing code) each time the
    /// last one expires (~20 s; ~60 s for a pairing code) and handing each one to <paramref name="progress"/> to show.
    /// </summary>
    /// <param name="name">The instance name.</param>
    /// <param name="progress">Receives each code to display (not called when the instance is already connected).</param>
    /// <param name="timeout">How long to keep trying.</param>
    /// <param name="options">A phone number for a pairing code instead of a QR code.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The connected instance.</returns>
    /// <exception cref="ArgumentException">An argument is invalid; nothing was sent.</exception>
    /// <exception cref="TimeoutException">The instance was not connected within <paramref name="timeout"/>.</exception>
    /// <exception cref="RyzeApiException">A call failed.</exception>
    public virtual Task<InstanceInfo> ConnectAndWaitAsync(
        string name, IProgress<ConnectResult> progress, TimeSpan timeout, ConnectOptions? options = null, CancellationToken cancellationToken = default)
    {
        InstanceName.Validate(name, nameof(name));
        ArgumentNullException.ThrowIfNull(progress);
        return UntilConnectedAsync(name, timeout, async (waiter, stream, deadline, linked) =>
        {
            while (true)
            {
                var code = await ConnectAsync(name, options, linked).ConfigureAwait(false);
                if (code.Kind == ConnectKind.AlreadyConnected)
                {
                    return await GetAsync(name, linked).ConfigureAwait(false);
                }

                progress.Report(code);
                using var expiry = new CancellationTokenSource(code.Kind == ConnectKind.PairingCode ? PairingCodeLifetime : QrLifetime, _transport.Time);
                using var until = CancellationTokenSource.CreateLinkedTokenSource(expiry.Token, deadline);
                if (await waiter.WaitAsync(name, stream, until.Token, cancellationToken).ConfigureAwait(false) is { } connected)
                {
                    return connected;
                }

                deadline.ThrowIfCancellationRequested();
            }
        }, cancellationToken);
    }

    /// <summary>Runs <paramref name="wait"/> against a deadline of <paramref name="timeout"/>, which it reports as a <see cref="TimeoutException"/>.</summary>
    private async Task<InstanceInfo> UntilConnectedAsync(
        string name, TimeSpan timeout, Func<ConnectionWaiter, bool, CancellationToken, CancellationToken, Task<InstanceInfo?>> wait, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero);
        var waiter = new ConnectionWaiter(this, _transport);
        using var deadline = new CancellationTokenSource(timeout, _transport.Time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, cancellationToken);
        try
        {
            var stream = await waiter.CanStreamAsync(name, linked.Token).ConfigureAwait(false);
            return await wait(waiter, stream, deadline.Token, linked.Token).ConfigureAwait(false) ?? throw NotConnected(name, timeout);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw NotConnected(name, timeout);
        }
    }

    private static TimeoutException NotConnected(string name, TimeSpan timeout) =>
        new($"Instance '{name}' was not connected within {timeout}.");
}
