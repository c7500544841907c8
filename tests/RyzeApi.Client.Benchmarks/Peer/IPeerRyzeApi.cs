using Refit;

namespace RyzeApi.Client.Benchmarks.Peer;

/// <summary>A partner's own Refit interface for the instance endpoints the benchmarks call, written from the RyzeAPI docs.</summary>
public interface IPeerRyzeApi
{
    [Post("/api/instance/new")]
    Task<PeerCreateAnswer> CreateAsync([Body] PeerCreateBody body, CancellationToken cancellationToken = default);

    [Get("/api/instance/list")]
    Task<PeerListAnswer> ListAsync(CancellationToken cancellationToken = default);

    [Get("/api/instance/getSettings/{instance}")]
    Task<PeerSettingsAnswer> GetSettingsAsync(string instance, CancellationToken cancellationToken = default);

    [Get("/api/instance/connect/{instance}")]
    Task<PeerConnectAnswer> ConnectAsync(string instance, CancellationToken cancellationToken = default);
}
