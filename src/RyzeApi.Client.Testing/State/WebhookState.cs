namespace RyzeApi.Client.Testing.State;

/// <summary>The stored default webhook (label <c>default</c>) of an instance.</summary>
internal sealed record WebhookState(bool Enabled, string? Url, string? Authorization, bool ByEvents, IReadOnlyList<string> Events, bool MediaBase64)
{
    public static WebhookState Disabled { get; } = new(false, null, null, false, [], false);
}
