using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace RyzeApi.Client.AspNetCore.Handlers;

/// <summary>
/// The one pipeline behind webhooks and the stream: claim the event (de-duplication), run every matching handler in
/// registration order, then complete the claim, or release it when a handler throws so the redelivery is handled.
/// </summary>
internal sealed partial class RyzeEventDispatcher(
    IEnumerable<HandlerRegistration> registrations,
    IRyzeEventDeduplicationStore store,
    IOptionsMonitor<RyzeWebhookOptions> options,
    ILogger<RyzeEventDispatcher> logger)
{
    private readonly HandlerRegistration[] _registrations = [.. registrations];

    /// <summary>Dispatches one event in <paramref name="services"/>' scope.</summary>
    /// <returns><see langword="false"/> when it was a duplicate and no handler ran.</returns>
    public async Task<bool> DispatchAsync(RyzeEvent ryzeEvent, RyzeEventTransport transport, IServiceProvider services, CancellationToken cancellationToken)
    {
        var window = options.CurrentValue.DeduplicationWindow;
        var key = window > TimeSpan.Zero ? ryzeEvent.DeduplicationKey : null;
        var claim = key is null ? RyzeEventClaim.Claimed : await ClaimAsync(ryzeEvent, key, window, cancellationToken).ConfigureAwait(false);
        if (claim is not (RyzeEventClaim.Claimed or RyzeEventClaim.ClaimedAfterFailure))
        {
            LogDuplicate(logger, ryzeEvent.EventName, ryzeEvent.InstanceName, transport);
            return false;
        }

        var context = new RyzeEventContext(transport, ryzeEvent.InstanceName, claim == RyzeEventClaim.ClaimedAfterFailure);
        try
        {
            await RunHandlersAsync(ryzeEvent, context, services, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            if (key is not null)
            {
                // Not the request's token: an aborted request must still give its claim back.
                await store.ReleaseAsync(key, window, CancellationToken.None).ConfigureAwait(false);
            }

            throw;
        }

        if (key is not null)
        {
            try
            {
                await store.CompleteAsync(key, window, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                // The handlers did their work: failing the delivery now would only make RyzeAPI send it again.
                LogStoreFailed(logger, e, ryzeEvent.EventName, ryzeEvent.InstanceName);
            }
        }

        return true;
    }

    private async ValueTask<RyzeEventClaim> ClaimAsync(RyzeEvent ryzeEvent, string key, TimeSpan window, CancellationToken cancellationToken)
    {
        try
        {
            return await store.TryClaimAsync(key, window, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            LogStoreFailed(logger, e, ryzeEvent.EventName, ryzeEvent.InstanceName);
            throw;
        }
    }

    private async Task RunHandlersAsync(RyzeEvent ryzeEvent, RyzeEventContext context, IServiceProvider services, CancellationToken cancellationToken)
    {
        foreach (var registration in _registrations)
        {
            if (!registration.Accepts(ryzeEvent))
            {
                continue;
            }

            try
            {
                await registration.InvokeAsync(services, ryzeEvent, context, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                // The event's ToString() masks the instance token; its body is never logged.
                LogHandlerFailed(logger, e, registration.HandlerType.Name, ryzeEvent.EventName, ryzeEvent.InstanceName, context.Transport);
                throw;
            }
        }
    }

    [LoggerMessage(1, LogLevel.Debug, "RyzeAPI {EventName} of {Instance} via {Transport}: a duplicate, not handled again")]
    private static partial void LogDuplicate(ILogger logger, string eventName, string? instance, RyzeEventTransport transport);

    [LoggerMessage(2, LogLevel.Error, "RyzeAPI {EventName} of {Instance} via {Transport}: handler {Handler} failed")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception, string handler, string eventName, string? instance, RyzeEventTransport transport);

    [LoggerMessage(3, LogLevel.Error, "RyzeAPI {EventName} of {Instance}: the de-duplication store failed")]
    private static partial void LogStoreFailed(ILogger logger, Exception exception, string eventName, string? instance);
}
