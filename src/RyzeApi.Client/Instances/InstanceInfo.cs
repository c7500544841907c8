using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;

namespace RyzeApi.Client;

/// <summary>An instance as listed by RyzeAPI: its state, connection, profile and integrations.</summary>
public sealed record InstanceInfo
{
    // Source-generated deserialization assigns every init-only property, an absent one with default(T): normalize here.
    private readonly string _name = string.Empty;

    /// <summary>RyzeAPI's id of the instance.</summary>
    public string? Id { get; init; }

    /// <summary>The instance name.</summary>
    public string Name { get => _name; init => _name = value ?? string.Empty; }

    /// <summary>The instance token; may be absent from a list item. Printed as <c>***</c>.</summary>
    public string? Token { get; init; }

    /// <summary>The instance status field.</summary>
    public InstanceState Status { get; init; }

    /// <summary>The live connection; see <see cref="State"/> for the effective state.</summary>
    public ConnectionInfo? Connection { get; init; }

    /// <summary>The WhatsApp profile, once paired.</summary>
    public ProfileInfo? Profile { get; init; }

    /// <summary>The default webhook.</summary>
    public WebhookInfo? Webhook { get; init; }

    /// <summary>The WebSocket configuration.</summary>
    [JsonPropertyName("websocket")]
    public WebSocketInfo? WebSocket { get; init; }

    /// <summary>The Chatwoot integration.</summary>
    public ChatwootInfo? Chatwoot { get; init; }

    /// <summary>The proxy.</summary>
    public ProxyInfo? Proxy { get; init; }

    /// <summary>The behaviour settings.</summary>
    public InstanceSettings? Settings { get; init; }

    /// <summary>The S3 storage.</summary>
    public S3Info? S3 { get; init; }

    /// <summary>When the instance was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When the instance was last changed.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>
    /// The effective state: <c>connection.state</c> when RyzeAPI sent one, else <c>status</c> (SPEC §6). A state this SDK
    /// does not know stays <see cref="InstanceState.Unknown"/> rather than falling back to a stored status that may be stale.
    /// </summary>
    [JsonIgnore]
    public InstanceState State => Connection?.State ?? Status;

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append(CultureInfo.InvariantCulture, $"Id = {Id}, Name = {Name}, Token = {Redaction.Of(Token)}, Status = {Status}, State = {State}, Connection = {Connection}, Profile = {Profile}, ");
        builder.Append(CultureInfo.InvariantCulture, $"Webhook = {Webhook}, WebSocket = {WebSocket}, Chatwoot = {Chatwoot}, Proxy = {Proxy}, Settings = {Settings}, S3 = {S3}, CreatedAt = {CreatedAt}, UpdatedAt = {UpdatedAt}");
        return true;
    }
}
