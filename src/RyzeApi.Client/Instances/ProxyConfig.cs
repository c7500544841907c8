using System.Globalization;
using System.Text;

namespace RyzeApi.Client;

/// <summary>An instance's own HTTP, HTTPS or SOCKS5 proxy. Takes effect on the next connect or reconnect.</summary>
public sealed record ProxyConfig
{
    /// <summary>A block that removes the instance's proxy (<c>enabled: false</c>).</summary>
    public static ProxyConfig Disabled { get; } = new() { Enabled = false };

    /// <summary>Whether the proxy is used.</summary>
    /// <value>The default is <see langword="true"/>.</value>
    public bool Enabled { get; init; } = true;

    /// <summary>The proxy protocol.</summary>
    /// <value>The default is <see cref="ProxyProtocol.Http"/>.</value>
    public ProxyProtocol Protocol { get; init; } = ProxyProtocol.Http;

    /// <summary>The proxy host name or address; required when <see cref="Enabled"/>.</summary>
    /// <value>The default is <see langword="null"/>: not sent.</value>
    public string? Host { get; init; }

    /// <summary>The proxy port, 1 to 65535; required when <see cref="Enabled"/>.</summary>
    /// <value>The default is <see langword="null"/>: not sent (when set, it is sent as a string).</value>
    public int? Port { get; init; }

    /// <summary>The user name, when the proxy needs one.</summary>
    /// <value>The default is <see langword="null"/>: not sent.</value>
    public string? Username { get; init; }

    /// <summary>The password; RyzeAPI stores it encrypted and never returns it. Printed as <c>***</c>.</summary>
    /// <value>The default is <see langword="null"/>: not sent.</value>
    public string? Password { get; init; }

    internal void Validate(string paramName)
    {
        if (!Enabled)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(Host))
        {
            throw new ArgumentException("An enabled proxy needs a Host.", paramName);
        }

        if (Port is not (>= 1 and <= 65535))
        {
            throw new ArgumentException($"Proxy port must be between 1 and 65535; it was {Port?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "not set"}.", paramName);
        }

        if (Protocol == ProxyProtocol.Unknown)
        {
            throw new ArgumentException("Proxy protocol must be Http, Https or Socks5.", paramName);
        }
    }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append(CultureInfo.InvariantCulture, $"Enabled = {Enabled}, Protocol = {Protocol}, Host = {Host}, Port = {Port}, Username = {Username}, Password = {Redaction.Of(Password)}");
        return true;
    }
}
