using System.Text.Json.Serialization;
using RyzeApi.Client.Serialization;

namespace RyzeApi.Client;

/// <summary>An instance's own proxy as RyzeAPI reports it. The password is never returned.</summary>
public sealed record ProxyInfo
{
    /// <summary>Whether the instance has its own proxy.</summary>
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool Enabled { get; init; }

    /// <summary>The proxy host, when set.</summary>
    public string? Host { get; init; }

    /// <summary>The proxy port, when set (RyzeAPI sends it as a string; both forms are read).</summary>
    [JsonConverter(typeof(ProxyPortConverter))]
    public int? Port { get; init; }

    /// <summary>The proxy protocol; <see cref="ProxyProtocol.Unknown"/> when none is set.</summary>
    public ProxyProtocol Protocol { get; init; }

    /// <summary>The proxy user name, when set.</summary>
    public string? Username { get; init; }
}
