using RyzeApi.Client.Serialization;

namespace RyzeApi.Client.Instances.Wire;

/// <summary>An answer whose payload is the <c>proxy</c> object.</summary>
internal sealed record ProxyEnvelope : WireEnvelope
{
    public ProxyInfo? Proxy { get; init; }
}
