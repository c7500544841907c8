namespace RyzeApi.Cli;

/// <summary>The proxy as ryze prints it (RyzeAPI never returns the password).</summary>
internal sealed record ProxyView(bool Enabled, ProxyProtocol Protocol, string? Host, int? Port, string? Username)
{
    public static ProxyView? From(ProxyInfo? proxy) =>
        proxy is null ? null : new(proxy.Enabled, proxy.Protocol, proxy.Host, proxy.Port, proxy.Username);
}
