namespace RyzeApi.Client.AspNetCore;

/// <summary>
/// Remembers which events reached the handlers, by <see cref="RyzeEvent.DeduplicationKey"/>. The default keeps them in
/// memory; <see cref="RyzeEventServiceCollectionExtensions.AddRyzeApiWebhookDeduplication"/> shares them through
/// <c>IDistributedCache</c> (e.g. Redis) across replicas. Register your own as a singleton to replace both.
/// </summary>
/// <remarks>
/// An event is claimed before its handlers run, then completed, or released when a handler throws so that RyzeAPI's
/// redelivery is handled. A claim must be atomic: of two concurrent claims of one key, one gets
/// <see cref="RyzeEventClaim.Duplicate"/>.
/// </remarks>
public interface IRyzeEventDeduplicationStore
{
    /// <summary>Claims an event for handling.</summary>
    /// <param name="key">The event's <see cref="RyzeEvent.DeduplicationKey"/>.</param>
    /// <param name="window">How long a completed event is remembered.</param>
    /// <param name="cancellationToken">Cancels the claim.</param>
    /// <returns>Whether the caller may run the handlers.</returns>
    ValueTask<RyzeEventClaim> TryClaimAsync(string key, TimeSpan window, CancellationToken cancellationToken = default);

    /// <summary>Records that the handlers finished, so redeliveries within <paramref name="window"/> are duplicates.</summary>
    /// <param name="key">The claimed key.</param>
    /// <param name="window">How long the event is remembered.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when recorded.</returns>
    ValueTask CompleteAsync(string key, TimeSpan window, CancellationToken cancellationToken = default);

    /// <summary>Gives a claim back after a handler threw: the next delivery is claimed as <see cref="RyzeEventClaim.ClaimedAfterFailure"/>.</summary>
    /// <param name="key">The claimed key.</param>
    /// <param name="window">How long the failure is remembered.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when recorded.</returns>
    ValueTask ReleaseAsync(string key, TimeSpan window, CancellationToken cancellationToken = default);
}
