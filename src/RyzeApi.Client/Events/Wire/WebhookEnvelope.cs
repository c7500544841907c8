using RyzeApi.Client.Serialization;

namespace RyzeApi.Client.Events.Wire;

/// <summary>
/// The answer of the webhook endpoints: <c>webhook</c> (one) is documented for the upsert; the read's shape was not
/// gathered (SPEC §3.1), so a <c>webhooks</c> array is read as well, either way.
/// </summary>
internal sealed record WebhookEnvelope : WireEnvelope
{
    public WebhookState? Webhook { get; init; }

    public IReadOnlyList<WebhookState>? Webhooks { get; init; }

    public IReadOnlyList<WebhookState> All => Webhooks ?? (Webhook is { } one ? [one] : []);
}
