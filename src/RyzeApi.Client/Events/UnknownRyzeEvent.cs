namespace RyzeApi.Client;

/// <summary>An event whose name this version of the SDK does not know; read it from <see cref="RyzeEvent.Data"/> or <see cref="RyzeEvent.RawJson"/>.</summary>
public sealed record UnknownRyzeEvent : RyzeEvent
{
    internal UnknownRyzeEvent(EventEnvelope envelope)
        : base(envelope)
    {
    }
}
