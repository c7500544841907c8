namespace RyzeApi.Client;

/// <summary>The protocol of an instance's proxy.</summary>
public enum ProxyProtocol
{
    /// <summary>A value this version of the SDK does not know, or none was given.</summary>
    Unknown = 0,

    /// <summary><c>http</c>.</summary>
    Http,

    /// <summary><c>https</c>.</summary>
    Https,

    /// <summary><c>socks5</c>.</summary>
    Socks5,
}
