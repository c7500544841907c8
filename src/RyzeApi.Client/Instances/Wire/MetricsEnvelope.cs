using RyzeApi.Client.Serialization;

namespace RyzeApi.Client.Instances.Wire;

/// <summary>An answer whose payload is the <c>metrics</c> object.</summary>
internal sealed record MetricsEnvelope : WireEnvelope
{
    public InstanceMetrics? Metrics { get; init; }
}
