using static RyzeApi.Client.Serialization.EventFields;

namespace RyzeApi.Client;

/// <summary><c>label.update</c>: a label was created, changed or applied. Its payload is not documented: see <see cref="RyzeEvent.Data"/>.</summary>
public sealed record LabelUpdateEvent : RyzeEvent
{
    private LabelUpdateEvent(EventEnvelope envelope)
        : base(envelope)
    {
    }

    /// <summary>The label's id, when given.</summary>
    public string? LabelId { get; init; }

    /// <summary>The label's name, when given.</summary>
    public string? Name { get; init; }

    /// <summary>What happened to the label as sent (e.g. <c>add</c>, <c>remove</c>), when given.</summary>
    public string? Action { get; init; }

    // The payload is NOT FOUND in the docs (SPEC §3.3): flat fields and a nested "label" object are both read.
    internal static LabelUpdateEvent Read(EventEnvelope envelope)
    {
        var data = envelope.Data;
        var label = At(data, "label");
        return new LabelUpdateEvent(envelope)
        {
            LabelId = FirstText(data, "labelId", "id") ?? FirstText(label, "id"),
            Name = FirstText(data, "name") ?? FirstText(label, "name"),
            Action = FirstText(data, "action", "type"),
        };
    }
}
