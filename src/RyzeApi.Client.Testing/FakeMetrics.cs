namespace RyzeApi.Client.Testing;

/// <summary>Message metrics seeded into an instance with <see cref="FakeRyzeServer.SeedMetrics"/>.</summary>
public sealed record FakeMetrics
{
    /// <summary>Gets the number of messages received.</summary>
    public int MessagesReceived { get; init; }

    /// <summary>Gets the number of messages sent.</summary>
    public int MessagesSent { get; init; }

    /// <summary>Gets the number of group messages.</summary>
    public int GroupMessages { get; init; }

    /// <summary>Gets the number of messages with media.</summary>
    public int MessagesWithMedia { get; init; }

    /// <summary>Gets the number of unique chats.</summary>
    public int UniqueChats { get; init; }

    /// <summary>Gets the number of unique groups.</summary>
    public int UniqueGroups { get; init; }

    /// <summary>Gets the number of unique contacts.</summary>
    public int UniqueContacts { get; init; }

    /// <summary>Gets the number of messages in the last 7 days.</summary>
    public int MessagesLast7Days { get; init; }

    /// <summary>Gets the number of messages in the last 30 days.</summary>
    public int MessagesLast30Days { get; init; }

    /// <summary>Gets the message counts by type (text, image, …).</summary>
    public IReadOnlyDictionary<string, int> MessagesByType { get; init; } = new Dictionary<string, int>();

    /// <summary>Gets the media counts by type.</summary>
    public IReadOnlyDictionary<string, int> MediaByType { get; init; } = new Dictionary<string, int>();

    /// <summary>Gets the message counts by status (pending, sent, delivered, …).</summary>
    public IReadOnlyDictionary<string, int> MessagesByStatus { get; init; } = new Dictionary<string, int>();

    /// <summary>Gets when the first message was seen.</summary>
    public DateTimeOffset? FirstMessageAt { get; init; }

    /// <summary>Gets when the last message was seen.</summary>
    public DateTimeOffset? LastMessageAt { get; init; }
}
