using System.Text.Json.Serialization;

namespace RyzeApi.Client.Instances.Wire;

/// <summary>The flat body of <c>POST /api/instance/new</c>, field for field as SPEC §2.1 spells it; settings come from the base.</summary>
internal sealed record CreateInstanceBody : SettingsBody
{
    public required string Name { get; init; }

    public string? Token { get; init; }

    public bool? ProxyEnabled { get; init; }

    public string? ProxyHost { get; init; }

    public string? ProxyPort { get; init; }

    public string? ProxyProtocol { get; init; }

    public string? ProxyUsername { get; init; }

    public string? ProxyPassword { get; init; }

    public bool? WebhookEnabled { get; init; }

    [JsonPropertyName("webhookURL")]
    public string? WebhookUrl { get; init; }

    public string? WebhookAuthorization { get; init; }

    public bool? WebhookByEvents { get; init; }

    public IReadOnlyList<string>? WebhookEvents { get; init; }

    public bool? WebhookMediaBase64 { get; init; }

    public bool? WebsocketEnabled { get; init; }

    public IReadOnlyList<string>? WebsocketEvents { get; init; }

    public bool? WebsocketMediaBase64 { get; init; }

    public bool? ChatwootEnabled { get; init; }

    public string? ChatwootBaseUrl { get; init; }

    public long? ChatwootAccountId { get; init; }

    public string? ChatwootApiToken { get; init; }

    public string? ChatwootInboxName { get; init; }

    public bool? ChatwootSignMessages { get; init; }

    public bool? ChatwootIgnoreGroups { get; init; }

    public bool? ChatwootStartAsPending { get; init; }

    public bool? ChatwootReopenResolved { get; init; }

    public bool? S3Enabled { get; init; }

    public string? S3Region { get; init; }

    public string? S3Bucket { get; init; }

    public string? S3AccessKey { get; init; }

    public string? S3SecretKey { get; init; }

    public string? S3Endpoint { get; init; }

    public string? S3PathPrefix { get; init; }

    /// <summary>Only the type name: this record holds secrets, and a generated <c>ToString()</c> would print them.</summary>
    public override string ToString() => nameof(CreateInstanceBody);
}
