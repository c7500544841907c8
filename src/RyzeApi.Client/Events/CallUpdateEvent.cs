using RyzeApi.Client.Serialization;
using static RyzeApi.Client.Serialization.EventFields;

namespace RyzeApi.Client;

/// <summary><c>call.update</c>: a call was offered, answered, rejected or ended, or reported on.</summary>
public sealed record CallUpdateEvent : RyzeEvent
{
    private CallUpdateEvent(EventEnvelope envelope)
        : base(envelope)
    {
    }

    /// <summary>WhatsApp's call id, when given.</summary>
    public string? CallId { get; init; }

    /// <summary>What happened.</summary>
    public CallUpdateKind Kind { get; init; }

    /// <summary>The kind as sent, e.g. for a value this version of the SDK reads as <see cref="CallUpdateKind.Unknown"/>.</summary>
    public string? RawKind { get; init; }

    /// <summary>The caller's JID or number, when given.</summary>
    public string? From { get; init; }

    /// <summary>Whether it is a video call, when given.</summary>
    public bool? IsVideo { get; init; }

    /// <summary>When it happened, when given.</summary>
    public DateTimeOffset? Timestamp { get; init; }

    /// <inheritdoc/>
    public override string? DeduplicationKey => KeyOf(CallId, RawKind);

    // Only the kinds are documented (SPEC §3.3), not the field names: the usual candidates are tried in turn.
    internal static CallUpdateEvent Read(EventEnvelope envelope)
    {
        var data = envelope.Data;
        var kind = FirstText(data, "type", "status", "event", "action");
        return new CallUpdateEvent(envelope)
        {
            CallId = FirstText(data, "callId", "id"),
            Kind = EventVocabulary.Calls.FromWire(kind),
            RawKind = kind,
            From = FirstText(data, "from", "callerJid", "caller", "jid"),
            IsVideo = Flag(At(data, "isVideo")) ?? Flag(At(data, "video")),
            Timestamp = Timestamp(At(data, "timestamp")),
        };
    }
}
