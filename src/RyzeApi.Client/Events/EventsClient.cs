using System.Net;
using RyzeApi.Client.Events.Wire;
using RyzeApi.Client.Http;
using RyzeApi.Client.Serialization;

namespace RyzeApi.Client;

/// <summary>
/// Configures how an instance's events reach you (webhooks and the WebSocket) and streams them. Every method checks its
/// arguments before sending anything and fails with a <see cref="RyzeApiException"/> subtype. Methods are virtual so
/// partners can mock them.
/// </summary>
public partial class EventsClient
{
    /// <summary>RyzeAPI delivers to at most three enabled webhooks per instance (SPEC §3.1).</summary>
    public const int MaxEnabledWebhooks = 3;

    private readonly RyzeTransport? _transport;

    /// <summary>Creates a client for mocking: override the members a test calls; any other throws <see cref="InvalidOperationException"/>.</summary>
    protected EventsClient()
    {
    }

    internal EventsClient(RyzeTransport transport) => _transport = transport;

    private RyzeTransport Transport => _transport ?? throw Mocking.NotOverridden(this);

    /// <summary>The client <see cref="RyzeClient"/>'s mocking constructor hands out: every member throws until overridden.</summary>
    internal static EventsClient Unconnected() => new();

    /// <summary>Creates or replaces the webhook with <paramref name="webhook"/>'s label; <c>Enabled = false</c> turns it off.</summary>
    /// <param name="name">The instance name.</param>
    /// <param name="webhook">The webhook; its <see cref="WebhookConfig.Label"/> says which one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The webhook as stored (the request without its authorization when the answer does not echo one).</returns>
    /// <exception cref="ArgumentException">The name or webhook is invalid (e.g. no URL); nothing was sent.</exception>
    /// <exception cref="RyzeConflictException">Three other webhooks are already enabled, as RyzeAPI answered it (400 answers are <see cref="RyzeBadRequestException"/>).</exception>
    /// <exception cref="RyzeApiException">The call failed.</exception>
    public virtual Task<WebhookInfo> UpsertWebhookAsync(string name, WebhookConfig webhook, CancellationToken cancellationToken = default)
    {
        InstanceName.Validate(name, nameof(name));
        ArgumentNullException.ThrowIfNull(webhook);
        webhook.Validate(nameof(webhook));
        var body = EventsWireMapping.ToBody(webhook);
        return Transport.SendAsync(
            RyzeOperation.UpsertWebhook,
            name,
            (api, instance, token, ct) => api.UpsertWebhookAsync(instance, token, body, ct),
            RyzeJsonContext.Default.WebhookEnvelope,
            answer => EventsWireMapping.ToInfo(answer.Webhook ?? Echo(body)),
            cancellationToken);
    }

    /// <summary>Turns off the webhook with <paramref name="label"/>: RyzeAPI keeps its row and clears its URL, authorization and filters.</summary>
    /// <param name="name">The instance name.</param>
    /// <param name="label">The webhook's label.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The webhook as stored, disabled.</returns>
    /// <exception cref="ArgumentException">The name or label is invalid; nothing was sent.</exception>
    /// <exception cref="RyzeApiException">The call failed.</exception>
    public virtual Task<WebhookInfo> DisableWebhookAsync(string name, string label = WebhookConfig.DefaultLabel, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        return UpsertWebhookAsync(name, new WebhookConfig { Label = label, Enabled = false }, cancellationToken);
    }

    /// <summary>Lists the instance's webhooks, enabled or not.</summary>
    /// <param name="name">The instance name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The webhooks, in the server's order; empty when there are none.</returns>
    /// <exception cref="ArgumentException">The name is invalid; nothing was sent.</exception>
    /// <exception cref="RyzeApiException">The call failed.</exception>
    public virtual async Task<IReadOnlyList<WebhookInfo>> GetWebhooksAsync(string name, CancellationToken cancellationToken = default)
    {
        InstanceName.Validate(name, nameof(name));
        var stored = await ReadWebhooksAsync(name, null, cancellationToken).ConfigureAwait(false);
        return stored.Select(EventsWireMapping.ToInfo).ToList();
    }

    /// <summary>Reads one webhook by label.</summary>
    /// <param name="name">The instance name.</param>
    /// <param name="label">The webhook's label.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The webhook, or <see langword="null"/> when the instance has none with that label.</returns>
    /// <exception cref="ArgumentException">The name or label is invalid; nothing was sent.</exception>
    /// <exception cref="RyzeNotFoundException">The instance does not exist.</exception>
    /// <exception cref="RyzeApiException">The call failed.</exception>
    public virtual async Task<WebhookInfo?> GetWebhookAsync(string name, string label = WebhookConfig.DefaultLabel, CancellationToken cancellationToken = default)
    {
        InstanceName.Validate(name, nameof(name));
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        try
        {
            var stored = await ReadWebhooksAsync(name, label, cancellationToken).ConfigureAwait(false);
            return stored.FirstOrDefault(w => LabelOf(w) == label) is { } found ? EventsWireMapping.ToInfo(found) : null;
        }
        catch (RyzeNotFoundException ex) when (ex.ErrorMessage?.Contains("webhook", StringComparison.OrdinalIgnoreCase) == true)
        {
            // SPEC §3.1 does not give the answer for an unknown label: a 404 about the webhook (not the instance) is "none".
            return null;
        }
    }

    /// <summary>
    /// Makes the webhook with <paramref name="webhook"/>'s label what it describes: reads the webhooks, writes only when
    /// the stored one differs, and reads it back. Safe to call on every start-up.
    /// </summary>
    /// <param name="name">The instance name.</param>
    /// <param name="webhook">The wanted webhook.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The webhook as stored, and whether it was written.</returns>
    /// <exception cref="ArgumentException">The name or webhook is invalid; nothing was sent.</exception>
    /// <exception cref="RyzeConflictException">Enabling it would make a fourth enabled webhook; nothing was written.</exception>
    /// <exception cref="RyzeApiException">A call failed.</exception>
    public virtual async Task<EnsureWebhookResult> EnsureWebhookAsync(string name, WebhookConfig webhook, CancellationToken cancellationToken = default)
    {
        InstanceName.Validate(name, nameof(name));
        ArgumentNullException.ThrowIfNull(webhook);
        webhook.Validate(nameof(webhook));
        var stored = await ReadWebhooksAsync(name, null, cancellationToken).ConfigureAwait(false);
        if (stored.FirstOrDefault(w => LabelOf(w) == webhook.Label) is { } current && EventsWireMapping.Matches(current, webhook))
        {
            return new EnsureWebhookResult { Webhook = EventsWireMapping.ToInfo(current), Changed = false };
        }

        if (webhook.Enabled && stored.Count(w => w.Enabled && LabelOf(w) != webhook.Label) >= MaxEnabledWebhooks)
        {
            throw TooManyWebhooks(name);
        }

        var written = await UpsertWebhookAsync(name, webhook, cancellationToken).ConfigureAwait(false);
        var readBack = await GetWebhookAsync(name, webhook.Label, cancellationToken).ConfigureAwait(false);
        return new EnsureWebhookResult { Webhook = readBack ?? written, Changed = true };
    }

    private Task<IReadOnlyList<WebhookState>> ReadWebhooksAsync(string name, string? label, CancellationToken cancellationToken) =>
        Transport.SendAsync(
            RyzeOperation.GetWebhooks,
            name,
            (api, instance, token, ct) => api.GetWebhooksAsync(instance, token, label, ct),
            RyzeJsonContext.Default.WebhookEnvelope,
            answer => answer.All,
            cancellationToken);

    private static string LabelOf(WebhookState webhook) => string.IsNullOrEmpty(webhook.Label) ? WebhookConfig.DefaultLabel : webhook.Label;

    private static WebhookState Echo(WebhookBody body) => new()
    {
        Label = body.Label, Enabled = body.Enabled, Url = body.Url, ByEvents = body.ByEvents, Events = body.Events, MediaBase64 = body.MediaBase64,
    };

    private static RyzeConflictException TooManyWebhooks(string name) => new(new RyzeErrorDetails
    {
        Method = "POST",
        Path = RyzeRoutes.UpsertWebhook.Replace("{instance}", name, StringComparison.Ordinal),
        StatusCode = HttpStatusCode.Conflict,
        ErrorMessage = $"At most {MaxEnabledWebhooks} webhooks can be enabled per instance",
        Reason = $"'{name}' already has {MaxEnabledWebhooks} other enabled webhooks; disable one first (nothing was sent)",
    });
}
