using System.Reflection;

namespace RyzeApi.Client.Http;

/// <summary>How every SDK <see cref="HttpClient"/> and request is set up, on the DI and non-DI paths alike.</summary>
internal static class RyzeHttpDefaults
{
    public static readonly string UserAgent = "RyzeApi.Client/" +
        (typeof(RyzeHttpDefaults).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0");

    public static void Apply(HttpClient http, RyzeClientOptions options)
    {
        http.BaseAddress = options.BaseAddress;
        http.Timeout = Timeout.InfiniteTimeSpan; // the resilience handler owns every timeout
    }

    /// <summary>
    /// Turns on gzip, deflate and brotli for the SDK's own connection handler, on the DI and non-DI paths alike; a handler
    /// the partner supplies keeps its own settings.
    /// </summary>
    public static void Decompress(HttpMessageHandler handler)
    {
        switch (handler)
        {
            case SocketsHttpHandler sockets:
                sockets.AutomaticDecompression = System.Net.DecompressionMethods.All;
                break;
            case HttpClientHandler client:
                client.AutomaticDecompression = System.Net.DecompressionMethods.All;
                break;
        }
    }

    /// <summary>
    /// Adds the SDK's <c>User-Agent</c> to one request (after any the partner set). Not through
    /// <see cref="HttpClient.DefaultRequestHeaders"/>: HttpClient copies those into every request under a lock on the
    /// shared header, and concurrent callers queue on it.
    /// </summary>
    public static void Stamp(HttpRequestMessage request) => request.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
}
