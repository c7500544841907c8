using System.Text.Json.Serialization;
using RyzeApi.Client.Serialization;

namespace RyzeApi.Client;

/// <summary>The Chatwoot integration as RyzeAPI reports it. The API token is never kept.</summary>
public sealed record ChatwootInfo
{
    /// <summary>Whether the integration is on.</summary>
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool Enabled { get; init; }

    /// <summary>The outcome: <see cref="ChatwootStatus.Active"/>, or <see cref="ChatwootStatus.Error"/> with <see cref="Error"/>.</summary>
    public ChatwootStatus Status { get; init; }

    /// <summary>Why the integration failed, e.g. <c>Chatwoot API returned 401 - ...</c>; fix it with RyzeAPI's Chatwoot endpoints.</summary>
    public string? Error { get; init; }

    /// <summary>The bridge's integration id, when active.</summary>
    public string? BridgeIntegrationId { get; init; }

    /// <summary>The Chatwoot server URL.</summary>
    public Uri? BaseUrl { get; init; }

    /// <summary>The Chatwoot account id.</summary>
    public long? AccountId { get; init; }

    /// <summary>The inbox name.</summary>
    public string? InboxName { get; init; }
}
