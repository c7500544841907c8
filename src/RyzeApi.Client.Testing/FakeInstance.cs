using System.Text;

namespace RyzeApi.Client.Testing;

/// <summary>A snapshot of one instance held by the fake, secrets included for assertions (masked by <see cref="ToString"/>).</summary>
public sealed record FakeInstance
{
    /// <summary>Gets the instance id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the instance name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the instance token (TokenInstance).</summary>
    public required string Token { get; init; }

    /// <summary>Gets the connection state: <c>disconnected</c>, <c>connecting</c>, <c>connected</c> or <c>loggedout</c>.</summary>
    public required string State { get; init; }

    /// <summary>Gets the paired WhatsApp JID, or <see langword="null"/> if never connected.</summary>
    public string? NumberJid { get; init; }

    /// <summary>Gets whether a saved session exists (so reconnect works).</summary>
    public bool HasSavedSession { get; init; }

    /// <summary>Gets whether the proxy is enabled.</summary>
    public bool ProxyEnabled { get; init; }

    /// <summary>Gets the stored proxy password.</summary>
    public string? ProxyPassword { get; init; }

    /// <summary>Gets whether S3 is enabled.</summary>
    public bool S3Enabled { get; init; }

    /// <summary>Gets the stored S3 secret key.</summary>
    public string? S3SecretKey { get; init; }

    /// <summary>Gets the stored Chatwoot API token.</summary>
    public string? ChatwootApiToken { get; init; }

    /// <summary>Gets the stored webhook Authorization value.</summary>
    public string? WebhookAuthorization { get; init; }

    /// <summary>Gets the seven behaviour settings by their wire names.</summary>
    public required IReadOnlyDictionary<string, object> Settings { get; init; }

    /// <summary>Gets when the instance was created.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Prints the members with every secret replaced by <c>***</c>.</summary>
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Id = ").Append(Id).Append(", Name = ").Append(Name).Append(", Token = ***, State = ").Append(State)
            .Append(", NumberJid = ").Append(NumberJid).Append(", HasSavedSession = ").Append(HasSavedSession)
            .Append(", ProxyEnabled = ").Append(ProxyEnabled).Append(", ProxyPassword = ").Append(Mask(ProxyPassword))
            .Append(", S3Enabled = ").Append(S3Enabled).Append(", S3SecretKey = ").Append(Mask(S3SecretKey))
            .Append(", ChatwootApiToken = ").Append(Mask(ChatwootApiToken))
            .Append(", WebhookAuthorization = ").Append(Mask(WebhookAuthorization));
        return true;
    }

    private static string Mask(string? secret) => secret is null ? "null" : Redaction.Mask;
}
