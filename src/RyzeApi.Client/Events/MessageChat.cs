namespace RyzeApi.Client;

/// <summary>The chat a <c>message.exchange</c> event belongs to (<c>data.message.chat</c>).</summary>
public sealed record MessageChat
{
    /// <summary>The chat's JID or number, e.g. <c>5511999999999</c> or <c>120363…@g.us</c>.</summary>
    public string? Jid { get; init; }

    /// <summary>The chat's hidden id (<c>…@lid</c> or similar), when sent.</summary>
    public string? Lid { get; init; }

    /// <summary>The contact's or group's name, when known.</summary>
    public string? Name { get; init; }

    /// <summary>Private, group or newsletter.</summary>
    public ChatKind Kind { get; init; }

    /// <summary>Whether the group is a community (sent only when true).</summary>
    public bool IsCommunity { get; init; }
}
