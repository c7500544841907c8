using RyzeApi.Client.Serialization;

namespace RyzeApi.Client.Instances.Wire;

/// <summary>The create answer. The token is documented at <c>instance.token</c> and, in the authentication guide, at <c>data.token</c>: both are read.</summary>
internal sealed record CreateInstanceEnvelope : WireEnvelope
{
    public Instance? Instance { get; init; }

    public TokenHolder? Data { get; init; }
}
