using Refit;
using RyzeApi.Client.Http;

namespace RyzeApi.Client.DependencyInjection;

/// <summary>
/// The Refit client of one registration, rebuilt from <see cref="IHttpClientFactory"/> every <see cref="RefreshInterval"/>
/// instead of on every call: handler rotation and DNS changes are still followed within seconds of the factory's own
/// handler lifetime (2 minutes by default), and a call no longer pays for a new <see cref="HttpClient"/> and Refit client.
/// </summary>
internal sealed class RefreshingRyzeApi(IHttpClientFactory httpClients, string httpClientName)
{
    internal static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(10);

    private Entry? _current;

    public IRyzeApi Get()
    {
        var now = Environment.TickCount64;
        var current = Volatile.Read(ref _current);
        if (current is not null && now < current.ExpiresAt)
        {
            return current.Api;
        }

        // Two callers racing here both build a client; either one is fine.
        var api = RestService.ForGenerated<IRyzeApi>(httpClients.CreateClient(httpClientName), RyzeRefitSettings.Instance);
        Volatile.Write(ref _current, new Entry(api, now + (long)RefreshInterval.TotalMilliseconds));
        return api;
    }

    private sealed record Entry(IRyzeApi Api, long ExpiresAt);
}
