using System.Text.Json.Serialization;

namespace RyzeApi.Client;

/// <summary>The seven behaviour settings of an instance: what RyzeAPI returns, and what a create may set inline.</summary>
public sealed record InstanceSettings
{
    // Source-generated deserialization assigns every init-only property, an absent one with default(T): normalize here.
    private readonly string _callRejectMessage = string.Empty;
    private readonly bool _disableHistorySync = true;

    /// <summary>Whether incoming calls are rejected automatically. <value>The default is <see langword="false"/>.</value></summary>
    [JsonPropertyName("autoRejectCalls")]
    public bool AutoRejectCalls { get; init; }

    /// <summary>The message sent to a rejected caller. <value>The default is empty.</value></summary>
    [JsonPropertyName("callRejectMessage")]
    public string CallRejectMessage { get => _callRejectMessage; init => _callRejectMessage = value ?? string.Empty; }

    /// <summary>Whether group messages are ignored on ingestion. <value>The default is <see langword="false"/>.</value></summary>
    [JsonPropertyName("ignoreGroupMessages")]
    public bool IgnoreGroupMessages { get; init; }

    /// <summary>Whether presence stays "available". <value>The default is <see langword="false"/>.</value></summary>
    [JsonPropertyName("keepOnlineStatus")]
    public bool KeepOnlineStatus { get; init; }

    /// <summary>Whether received messages are marked as read. <value>The default is <see langword="false"/>.</value></summary>
    [JsonPropertyName("autoReadMessages")]
    public bool AutoReadMessages { get; init; }

    /// <summary>Whether history sync is off on pairing. <value>The default is <see langword="true"/>, as on the server.</value></summary>
    [JsonIgnore]
    public bool DisableHistorySync { get => _disableHistorySync; init => _disableHistorySync = value; }

    /// <summary>Whether status messages (stories) are ignored. <value>The default is <see langword="false"/>.</value></summary>
    [JsonPropertyName("ignoreStatus")]
    public bool IgnoreStatus { get; init; }

    // The wire twin of DisableHistorySync: nullable, so an absent or null value keeps the documented default true.
    [JsonInclude]
    [JsonPropertyName("disableHistorySync")]
    internal bool? DisableHistorySyncOnWire { get => _disableHistorySync; init => _disableHistorySync = value ?? true; }
}
