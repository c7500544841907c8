using RyzeApi.Client.Serialization;

namespace RyzeApi.Client.Instances.Wire;

/// <summary>The list answer; the array key <c>instances</c> is what every integration reads (SPEC §6).</summary>
internal sealed record ListEnvelope : WireEnvelope
{
    public IReadOnlyList<InstanceInfo>? Instances { get; init; }
}
