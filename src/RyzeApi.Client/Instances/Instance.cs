using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;

namespace RyzeApi.Client;

/// <summary>
/// An instance as RyzeAPI reports it: what <see cref="InstancesClient.CreateAsync"/>, <see cref="InstancesClient.ListAsync(CancellationToken)"/>
/// and <see cref="InstancesClient.GetAsync"/> return. A create answer carries the token and the outcome of every inline block
/// but no <see cref="Connection"/> or <see cref="Profile"/>; a list item may lack the <see cref="Token"/>.
/// </summary>
public sealed record Instance
{
    // Source-generated deserialization assigns every init-only property, an absent one with default(T): normalize here.
    private readonly string _name = string.Empty;
    private readonly string? _numberJid;
    private readonly InstanceState? _state;

    /// <summary>RyzeAPI's id of the instance.</summary>
    public string? Id { get; init; }

    /// <summary>The instance name.</summary>
    public string Name { get => _name; init => _name = value ?? string.Empty; }

    /// <summary>The instance token (TokenInstance) for day-to-day calls; keep it secret. May be absent from a list item. Printed as <c>***</c>.</summary>
    public string? Token { get; init; }

    /// <summary>
    /// The state of the WhatsApp connection: <c>connection.state</c> when RyzeAPI sent one, else the stored <c>status</c>
    /// (a new instance starts <see cref="InstanceState.Disconnected"/>). A state this SDK does not know stays
    /// <see cref="InstanceState.Unknown"/> rather than falling back to a stored status that may be stale.
    /// </summary>
    [JsonIgnore]
    // On net8.0 the source generator assigns this init-only property too, with Unknown when deserializing: that must read as
    // "not set", or every instance would read Unknown.
    public InstanceState State { get => _state ?? Connection?.State ?? Status; init => _state = value == InstanceState.Unknown ? null : value; }

    /// <summary>The paired number's JID (<c>connection.numberJid</c>, or <c>numberJid</c> in a create answer); <see langword="null"/> until connected.</summary>
    public string? NumberJid { get => _numberJid ?? Connection?.NumberJid; init => _numberJid = value; }

    /// <summary>The live connection, as a list or get reports it; <see langword="null"/> in a create answer.</summary>
    public ConnectionInfo? Connection { get; init; }

    /// <summary>The WhatsApp profile, once paired; <see langword="null"/> in a create answer.</summary>
    public ProfileInfo? Profile { get; init; }

    /// <summary>The proxy block as stored.</summary>
    public ProxyInfo? Proxy { get; init; }

    /// <summary>The default webhook; <c>Enabled = false</c> when there is none (or the create's webhook block failed).</summary>
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

    /// <summary>The stored <c>status</c> field; <see cref="State"/> is what callers read.</summary>
    [JsonInclude]
    internal InstanceState Status { get; init; }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append(CultureInfo.InvariantCulture, $"Id = {Id}, Name = {Name}, Token = {Redaction.Of(Token)}, State = {State}, NumberJid = {NumberJid}, Connection = {Connection}, Profile = {Profile}, ");
        builder.Append(CultureInfo.InvariantCulture, $"Proxy = {Proxy}, Webhook = {Webhook}, WebSocket = {WebSocket}, Chatwoot = {Chatwoot}, Settings = {Settings}, S3 = {S3}, CreatedAt = {CreatedAt}, UpdatedAt = {UpdatedAt}");
        return true;
    }
}
