namespace RyzeApi.Client.AspNetCore;

/// <summary>
/// How the webhook endpoint checks deliveries. RyzeAPI does not sign webhooks: each webhook carries the
/// <c>authorization</c> value you configured on it, sent back as the <c>Authorization</c> header, and that value is the
/// only proof a delivery came from RyzeAPI.
/// </summary>
public sealed class RyzeWebhookOptions
{
    /// <summary>The default <see cref="MaxBodySize"/>: 8 MiB (media arrives inline when <c>mediaBase64</c> is on).</summary>
    public const long DefaultMaxBodySize = 8 * 1024 * 1024;

    /// <summary>
    /// The <c>Authorization</c> values accepted, compared in constant time. Several at once let you rotate a value (add
    /// the new one, update the webhooks, then remove the old one) or give each webhook its own.
    /// </summary>
    public ISet<string> AcceptedAuthorizations { get; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>
    /// Accepts deliveries without checking <c>Authorization</c> when <see cref="AcceptedAuthorizations"/> is empty.
    /// Off by default: start-up fails without an accepted value, since anyone who finds the URL could post events.
    /// </summary>
    public bool AllowUnauthenticatedDelivery { get; set; }

    /// <summary>The largest body read, in bytes; a larger one is answered 413 without being read. Default 8 MiB.</summary>
    public long MaxBodySize { get; set; } = DefaultMaxBodySize;

    /// <summary>
    /// How long an event is remembered so that its redeliveries (RyzeAPI retries with backoff) do not reach the handlers
    /// again; default 10 minutes. <see cref="TimeSpan.Zero"/> turns de-duplication off.
    /// </summary>
    public TimeSpan DeduplicationWindow { get; set; } = TimeSpan.FromMinutes(10);

    internal IEnumerable<string> Problems()
    {
        if (AcceptedAuthorizations.Count == 0 && !AllowUnauthenticatedDelivery)
        {
            yield return $"{nameof(AcceptedAuthorizations)} is empty: add the authorization value your webhooks send, or set {nameof(AllowUnauthenticatedDelivery)} to accept unauthenticated deliveries.";
        }

        if (AcceptedAuthorizations.Any(string.IsNullOrWhiteSpace))
        {
            yield return $"{nameof(AcceptedAuthorizations)} holds a blank value.";
        }

        if (MaxBodySize <= 0)
        {
            yield return $"{nameof(MaxBodySize)} must be more than zero; it was {MaxBodySize}.";
        }

        if (DeduplicationWindow < TimeSpan.Zero || DeduplicationWindow > TimeSpan.FromDays(7))
        {
            yield return $"{nameof(DeduplicationWindow)} must be between zero and 7 days; it was {DeduplicationWindow}.";
        }
    }
}
