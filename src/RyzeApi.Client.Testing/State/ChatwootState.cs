namespace RyzeApi.Client.Testing.State;

/// <summary>The stored Chatwoot integration of an instance; <see cref="Error"/> is set when creation failed.</summary>
internal sealed record ChatwootState(
    bool Enabled, string? BaseUrl, long? AccountId, string? ApiToken, string? InboxName, string? BridgeIntegrationId, string? Error)
{
    public static ChatwootState Disabled { get; } = new(false, null, null, null, null, null, null);
}
