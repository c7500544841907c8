namespace RyzeApi.Client.Serialization;

/// <summary>Maps <c>http</c>, <c>https</c> and <c>socks5</c>.</summary>
internal sealed class ProxyProtocolConverter() : TolerantEnumConverter<ProxyProtocol>(
    ("http", ProxyProtocol.Http),
    ("https", ProxyProtocol.Https),
    ("socks5", ProxyProtocol.Socks5))
{
    public static ProxyProtocolConverter Instance { get; } = new();
}
