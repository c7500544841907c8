namespace RyzeApi.Client.Testing.State;

/// <summary>A stored webhook of an instance; disabled, it keeps only its row (SPEC §3.4).</summary>
internal sealed record WebhookState(bool Enabled, string? Url, string? Authorization, bool ByEvents, IReadOnlyList<string> Events, bool MediaBase64)
{
    public const string DefaultLabel = "default";

    public static WebhookState Disabled { get; } = new(false, null, null, false, [], false);
}
