namespace RyzeApi.Client.Instances.Wire;

/// <summary>The body of <c>POST /api/instance/proxy/:instance</c>; the port travels as a string.</summary>
internal sealed record ProxyBody
{
    public required bool Enabled { get; init; }

    public string? Host { get; init; }

    public string? Port { get; init; }

    public string? Protocol { get; init; }

    public string? Username { get; init; }

    public string? Password { get; init; }

    /// <summary>Only the type name: this record holds secrets, and a generated <c>ToString()</c> would print them.</summary>
    public override string ToString() => nameof(ProxyBody);
}
