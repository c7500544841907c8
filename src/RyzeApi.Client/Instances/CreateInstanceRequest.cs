using System.Globalization;
using System.Text;

namespace RyzeApi.Client;

/// <summary>A new instance, optionally already wired to a proxy, webhook, WebSocket, Chatwoot, settings and S3.</summary>
public sealed record CreateInstanceRequest
{
    /// <summary>The instance name, unique in the account and used in every path (e.g. <c>sales</c>).</summary>
    public required string Name { get; init; }

    /// <summary>A custom instance token, unique in the account; RyzeAPI generates one when <see langword="null"/>. Printed as <c>***</c>.</summary>
    /// <value>The default is <see langword="null"/>: no token is sent and RyzeAPI generates one.</value>
    public string? Token { get; init; }

    /// <summary>The instance's own proxy, or <see langword="null"/> for none.</summary>
    /// <value>The default is <see langword="null"/>: no proxy fields are sent (no proxy).</value>
    public ProxyConfig? Proxy { get; init; }

    /// <summary>The <c>default</c> webhook, or <see langword="null"/> for none.</summary>
    /// <value>The default is <see langword="null"/>: no webhook fields are sent (no webhook).</value>
    public WebhookConfig? Webhook { get; init; }

    /// <summary>The WebSocket event stream, or <see langword="null"/> for none.</summary>
    /// <value>The default is <see langword="null"/>: no WebSocket fields are sent (no WebSocket).</value>
    public WebSocketConfig? WebSocket { get; init; }

    /// <summary>A Chatwoot inbox, or <see langword="null"/> for none.</summary>
    /// <value>The default is <see langword="null"/>: no Chatwoot fields are sent (no Chatwoot).</value>
    public ChatwootConfig? Chatwoot { get; init; }

    /// <summary>Behaviour settings, or <see langword="null"/> for the server's defaults.</summary>
    /// <value>The default is <see langword="null"/>: no settings fields are sent and the server's defaults apply.</value>
    public InstanceSettings? Settings { get; init; }

    /// <summary>S3 media storage, or <see langword="null"/> for none.</summary>
    /// <value>The default is <see langword="null"/>: no S3 fields are sent (no S3).</value>
    public S3Config? S3 { get; init; }

    internal void Validate(string paramName)
    {
        InstanceName.Validate(Name, paramName);
        if (Token is not null && string.IsNullOrWhiteSpace(Token))
        {
            throw new ArgumentException("A custom instance Token must not be blank; leave it null to have one generated.", paramName);
        }

        Proxy?.Validate(paramName);
        Webhook?.Validate(paramName);
        if (Webhook is not null && Webhook.Label != WebhookConfig.DefaultLabel)
        {
            throw new ArgumentException("The webhook set on create is the 'default' one; add other labels with client.Events.UpsertWebhookAsync.", paramName);
        }

        Chatwoot?.Validate(paramName);
        S3?.Validate(paramName);
    }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append(CultureInfo.InvariantCulture, $"Name = {Name}, Token = {Redaction.Of(Token)}, Proxy = {Proxy}, Webhook = {Webhook}, WebSocket = {WebSocket}, ");
        builder.Append(CultureInfo.InvariantCulture, $"Chatwoot = {Chatwoot}, Settings = {Settings}, S3 = {S3}");
        return true;
    }
}
