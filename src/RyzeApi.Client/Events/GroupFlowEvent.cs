using RyzeApi.Client.Serialization;
using static RyzeApi.Client.Serialization.EventFields;

namespace RyzeApi.Client;

/// <summary><c>group.flow</c>: participants joined, left, were promoted or demoted, or the group's metadata changed.</summary>
public sealed record GroupFlowEvent : RyzeEvent
{
    private GroupFlowEvent(EventEnvelope envelope)
        : base(envelope)
    {
    }

    /// <summary>The group's JID (<c>…@g.us</c>), when given.</summary>
    public string? GroupJid { get; init; }

    /// <summary>What happened.</summary>
    public GroupFlowAction Action { get; init; }

    /// <summary>The action as sent, e.g. which metadata changed (<c>name</c>, <c>topic</c>…).</summary>
    public string? RawAction { get; init; }

    /// <summary>The participants concerned; empty for a metadata change.</summary>
    public IReadOnlyList<string> Participants { get; init; } = [];

    /// <summary>Who made the change, when given.</summary>
    public string? Author { get; init; }

    /// <summary>When it happened, when given.</summary>
    public DateTimeOffset? Timestamp { get; init; }

    // Only the kinds of change are documented (SPEC §3.3), not the field names: the usual candidates are tried in turn.
    internal static GroupFlowEvent Read(EventEnvelope envelope)
    {
        var data = envelope.Data;
        var action = FirstText(data, "action", "type");
        return new GroupFlowEvent(envelope)
        {
            GroupJid = FirstText(data, "groupJid", "jid", "id") ?? FirstText(At(data, "group"), "jid", "id"),
            Action = EventVocabulary.GroupActions.FromWire(action),
            RawAction = action,
            Participants = Texts(At(data, "participants")),
            Author = FirstText(data, "author", "by", "actor"),
            Timestamp = Timestamp(At(data, "timestamp")),
        };
    }
}
