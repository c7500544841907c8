using RyzeApi.Client.Serialization;

namespace RyzeApi.Client.Instances.Wire;

/// <summary>The answers of reconnect (<c>status</c>), logout and delete (<c>instance.status</c>).</summary>
internal sealed record StatusEnvelope : WireEnvelope
{
    public InstanceState? Status { get; init; }

    public StatusHolder? Instance { get; init; }
}
