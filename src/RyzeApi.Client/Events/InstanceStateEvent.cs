using RyzeApi.Client.Serialization;
using static RyzeApi.Client.Serialization.EventFields;

namespace RyzeApi.Client;

/// <summary><c>instance.state</c>: the instance's connection changed (QR ready, paired, connected, logged out, banned…).</summary>
public sealed record InstanceStateEvent : RyzeEvent
{
    private InstanceStateEvent(EventEnvelope envelope)
        : base(envelope)
    {
    }

    /// <summary>The new state, in the same vocabulary as REST's (<c>logged_out</c> and <c>loggedout</c> are both <see cref="InstanceState.LoggedOut"/>).</summary>
    public InstanceState State { get; init; }

    /// <summary>The state as sent, e.g. for a value this version of the SDK reads as <see cref="InstanceState.Unknown"/>.</summary>
    public string? RawState { get; init; }

    /// <summary>The paired number's JID, when given.</summary>
    public string? Jid { get; init; }

    /// <summary>When the state changed, when given.</summary>
    public DateTimeOffset? Timestamp { get; init; }

    // Live integrations read data.state plus data.timestamp or data.jid (SPEC §6); data.status is read when state is absent.
    internal static InstanceStateEvent Read(EventEnvelope envelope)
    {
        var data = envelope.Data;
        var state = FirstText(data, "state", "status");
        return new InstanceStateEvent(envelope)
        {
            State = InstanceStateConverter.Instance.FromWire(state),
            RawState = state,
            Jid = FirstText(data, "jid"),
            Timestamp = Timestamp(At(data, "timestamp")),
        };
    }
}
