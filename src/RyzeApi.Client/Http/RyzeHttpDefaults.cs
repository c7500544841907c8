using System.Net.Http.Headers;
using System.Reflection;

namespace RyzeApi.Client.Http;

/// <summary>How every SDK <see cref="HttpClient"/> is set up, on the DI and non-DI paths alike.</summary>
internal static class RyzeHttpDefaults
{
    private static readonly ProductInfoHeaderValue UserAgent = new(
        "RyzeApi.Client",
        typeof(RyzeHttpDefaults).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0");

    public static void Apply(HttpClient http, RyzeClientOptions options)
    {
        http.BaseAddress = options.BaseAddress;
        http.Timeout = Timeout.InfiniteTimeSpan; // the resilience handler owns every timeout
        http.DefaultRequestHeaders.UserAgent.Add(UserAgent);
    }
}
