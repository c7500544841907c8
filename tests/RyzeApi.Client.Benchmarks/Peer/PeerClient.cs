using System.Net;
using Refit;

namespace RyzeApi.Client.Benchmarks.Peer;

/// <summary>
/// The partner's wrapper over its Refit interface: typed results, and the <c>{success, error.message}</c> envelope mapped to
/// <see cref="PeerApiException"/>, whether it comes with a non-2xx status (Refit's <see cref="ApiException"/>) or with a 2xx.
/// </summary>
public sealed class PeerClient(IPeerRyzeApi api)
{
    public async Task<PeerInstance?> CreateAsync(PeerCreateBody body, CancellationToken cancellationToken = default) =>
        Unwrap(await CallAsync(api.CreateAsync(body, cancellationToken))).Instance;

    public async Task<IReadOnlyList<PeerInstance>?> ListAsync(CancellationToken cancellationToken = default) =>
        Unwrap(await CallAsync(api.ListAsync(cancellationToken))).Instances;

    public async Task<PeerSettings?> GetSettingsAsync(string instance, CancellationToken cancellationToken = default) =>
        Unwrap(await CallAsync(api.GetSettingsAsync(instance, cancellationToken))).Settings;

    public async Task<PeerConnectAnswer> ConnectAsync(string instance, CancellationToken cancellationToken = default) =>
        Unwrap(await CallAsync(api.ConnectAsync(instance, cancellationToken)));

    private static async Task<T> CallAsync<T>(Task<T> call)
    {
        try
        {
            return await call;
        }
        catch (ApiException ex)
        {
            var envelope = await ex.GetContentAsAsync<PeerAnswer>();
            throw new PeerApiException(ex.StatusCode, envelope?.Error?.Message, ex);
        }
    }

    private static T Unwrap<T>(T answer)
        where T : PeerAnswer =>
        answer.Success ? answer : throw new PeerApiException(HttpStatusCode.OK, answer.Error?.Message);
}
