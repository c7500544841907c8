using RyzeApi.Client.Serialization;

namespace RyzeApi.Client.Health.Wire;

/// <summary>The answer of <c>GET /health</c>: <c>{"status":"ok","service":"RyzeAPI","checks":{"db":"ok"}}</c>, no <c>success</c> key.</summary>
internal sealed record HealthEnvelope : WireEnvelope
{
    public string? Status { get; init; }

    public IReadOnlyDictionary<string, string>? Checks { get; init; }
}
