namespace RyzeApi.Client.Diagnostics;

/// <summary>
/// The <c>server.address</c> and <c>server.port</c> of every span and duration measurement, as OpenTelemetry's HTTP client
/// conventions ask: tracing back ends draw RyzeAPI as a dependency from them. Read once per client, not per call.
/// </summary>
internal sealed class ServerAddress
{
    private ServerAddress(string host, int port)
    {
        Host = host;
        Port = port;
    }

    public string Host { get; }

    /// <summary>Boxed once, since tags take objects.</summary>
    public object Port { get; }

    /// <summary>The base address's host (as <see cref="HttpClient"/>'s own metrics name it) and port; options are checked to be absolute first.</summary>
    public static ServerAddress Of(Uri baseAddress) => new(baseAddress.IdnHost, baseAddress.Port);
}
