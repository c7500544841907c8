using System.Text.Json.Serialization;
using RyzeApi.Client.Serialization;

namespace RyzeApi.Client;

/// <summary>The live WhatsApp connection of an instance (<c>connection</c> in the list response).</summary>
public sealed record ConnectionInfo
{
    /// <summary>The real connection state; <see langword="null"/> when RyzeAPI sent none (or an empty one).</summary>
    [JsonConverter(typeof(ConnectionStateConverter))]
    public InstanceState? State { get; init; }

    /// <summary>The paired number's JID, e.g. <c>5511999999999@s.whatsapp.net</c>; <see langword="null"/> if never connected.</summary>
    public string? NumberJid { get; init; }

    /// <summary>The presence, e.g. <c>available</c>.</summary>
    public string? PresenceStatus { get; init; }

    /// <summary>A status text meant for display.</summary>
    public string? DisplayStatus { get; init; }
}
