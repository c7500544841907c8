using RyzeApi.Client.Serialization;

namespace RyzeApi.Client.Instances.Wire;

/// <summary>An answer whose payload is the <c>settings</c> object.</summary>
internal sealed record SettingsEnvelope : WireEnvelope
{
    public InstanceSettings? Settings { get; init; }
}
