using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;

namespace RyzeApi.Client;

/// <summary>A newly created instance, with the outcome of every inline block.</summary>
public sealed record Instance
{
    // Source-generated deserialization assigns every init-only property, an absent one with default(T): normalize here.
    private readonly string _name = string.Empty;

    /// <summary>RyzeAPI's id of the instance.</summary>
    public string? Id { get; init; }

    /// <summary>The instance name.</summary>
    public string Name { get => _name; init => _name = value ?? string.Empty; }

    /// <summary>The instance token (TokenInstance) for day-to-day calls; keep it secret. Printed as <c>***</c>.</summary>
    public string? Token { get; init; }

    /// <summary>The state; a new instance starts <see cref="InstanceState.Disconnected"/>.</summary>
    public InstanceState Status { get; init; }

    /// <summary>The paired number's JID; <see langword="null"/> until connected.</summary>
    public string? NumberJid { get; init; }

    /// <summary>The proxy block as stored.</summary>
    public ProxyInfo? Proxy { get; init; }

    /// <summary>The webhook block as stored; <c>Enabled = false</c> when it failed or was not sent.</summary>
    public WebhookInfo? Webhook { get; init; }

    /// <summary>The WebSocket block as stored.</summary>
    [JsonPropertyName("websocket")]
    public WebSocketInfo? WebSocket { get; init; }

    /// <summary>The Chatwoot block, with <see cref="ChatwootInfo.Status"/> and <see cref="ChatwootInfo.Error"/>.</summary>
    public ChatwootInfo? Chatwoot { get; init; }

    /// <summary>The behaviour settings in force.</summary>
    public InstanceSettings? Settings { get; init; }

    /// <summary>The S3 block as stored.</summary>
    public S3Info? S3 { get; init; }

    /// <summary>When the instance was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When the instance was last changed.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append(CultureInfo.InvariantCulture, $"Id = {Id}, Name = {Name}, Token = {Redaction.Of(Token)}, Status = {Status}, NumberJid = {NumberJid}, Proxy = {Proxy}, Webhook = {Webhook}, ");
        builder.Append(CultureInfo.InvariantCulture, $"WebSocket = {WebSocket}, Chatwoot = {Chatwoot}, Settings = {Settings}, S3 = {S3}, CreatedAt = {CreatedAt}, UpdatedAt = {UpdatedAt}");
        return true;
    }
}
