namespace RyzeApi.Client;

/// <summary>The outcome of <see cref="EventsClient.EnsureWebhookAsync"/>: the webhook as stored, and whether it had to change.</summary>
public sealed record EnsureWebhookResult
{
    /// <summary>The webhook as RyzeAPI reports it after the call.</summary>
    public required WebhookInfo Webhook { get; init; }

    /// <summary>Whether it was written: <see langword="false"/> when it already matched and nothing was sent.</summary>
    public bool Changed { get; init; }
}
