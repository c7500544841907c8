namespace RyzeApi.Client.Testing.State;

/// <summary>The stored proxy of an instance.</summary>
internal sealed record ProxyState(bool Enabled, string? Host, string? Port, string? Protocol, string? Username, string? Password)
{
    public static ProxyState Disabled { get; } = new(false, null, null, null, null, null);
}
