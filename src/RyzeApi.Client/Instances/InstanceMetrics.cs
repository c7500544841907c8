namespace RyzeApi.Client;

/// <summary>Message metrics of one instance, or the sum over several (timestamps give the first and last message).</summary>
public sealed record InstanceMetrics
{
    private static readonly IReadOnlyDictionary<string, long> EmptyCounts = new Dictionary<string, long>();

    // Source-generated deserialization assigns every init-only property, an absent one with default(T): normalize here.
    private readonly IReadOnlyDictionary<string, long> _messagesByType = EmptyCounts;
    private readonly IReadOnlyDictionary<string, long> _mediaByType = EmptyCounts;
    private readonly IReadOnlyDictionary<string, long> _messagesByStatus = EmptyCounts;

    /// <summary>The instance name, or the comma-separated list that was asked for.</summary>
    public string? Instance { get; init; }

    /// <summary>All messages.</summary>
    public long TotalMessages { get; init; }

    /// <summary>Messages received.</summary>
    public long MessagesReceived { get; init; }

    /// <summary>Messages sent.</summary>
    public long MessagesSent { get; init; }

    /// <summary>Message counts by type (text, image, audio, ...).</summary>
    public IReadOnlyDictionary<string, long> MessagesByType { get => _messagesByType; init => _messagesByType = value ?? EmptyCounts; }

    /// <summary>Messages in groups (0 when group messages are ignored).</summary>
    public long GroupMessages { get; init; }

    /// <summary>Messages in one-to-one chats.</summary>
    public long IndividualMessages { get; init; }

    /// <summary>Messages that carried media.</summary>
    public long MessagesWithMedia { get; init; }

    /// <summary>Media counts by type.</summary>
    public IReadOnlyDictionary<string, long> MediaByType { get => _mediaByType; init => _mediaByType = value ?? EmptyCounts; }

    /// <summary>Message counts by status (pending, sent, delivered, read, played, failed).</summary>
    public IReadOnlyDictionary<string, long> MessagesByStatus { get => _messagesByStatus; init => _messagesByStatus = value ?? EmptyCounts; }

    /// <summary>Distinct chats.</summary>
    public long UniqueChats { get; init; }

    /// <summary>Distinct groups.</summary>
    public long UniqueGroups { get; init; }

    /// <summary>Distinct contacts.</summary>
    public long UniqueContacts { get; init; }

    /// <summary>Messages in the last 7 days.</summary>
    public long MessagesLast7Days { get; init; }

    /// <summary>Messages in the last 30 days.</summary>
    public long MessagesLast30Days { get; init; }

    /// <summary>The first message's time, when there is one.</summary>
    public DateTimeOffset? FirstMessageAt { get; init; }

    /// <summary>The last message's time, when there is one.</summary>
    public DateTimeOffset? LastMessageAt { get; init; }

}
