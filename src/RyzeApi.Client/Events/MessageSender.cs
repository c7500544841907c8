namespace RyzeApi.Client;

/// <summary>Who sent a <c>message.exchange</c> message (<c>data.message.sender</c>).</summary>
public sealed record MessageSender
{
    /// <summary>The sender's JID or number.</summary>
    public string? Jid { get; init; }

    /// <summary>The sender's hidden id, when sent.</summary>
    public string? Lid { get; init; }

    /// <summary>The sender's push name, when known.</summary>
    public string? Name { get; init; }
}
