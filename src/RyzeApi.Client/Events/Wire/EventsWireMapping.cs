using RyzeApi.Client.Serialization;

namespace RyzeApi.Client.Events.Wire;

/// <summary>The events configuration's mapping between the public records and the wire, in one place.</summary>
internal static class EventsWireMapping
{
    public static WebhookBody ToBody(WebhookConfig webhook) => webhook.Enabled
        ? new WebhookBody
        {
            Label = webhook.Label,
            Enabled = true,
            Url = webhook.Url!.OriginalString,
            Authorization = webhook.Authorization,
            ByEvents = webhook.ByEvents,
            Events = webhook.Events is { Count: > 0 } events ? events : null,
            MediaBase64 = webhook.MediaBase64,
        }
        : new WebhookBody { Label = webhook.Label, Enabled = false };

    public static WebSocketBody ToBody(WebSocketConfig webSocket) => webSocket.Enabled
        ? new WebSocketBody { Enabled = true, Events = webSocket.Events is { Count: > 0 } events ? events : null, MediaBase64 = webSocket.MediaBase64 }
        : new WebSocketBody { Enabled = false };

    public static WebhookInfo ToInfo(WebhookState state) => new()
    {
        Label = state.Label!,
        Enabled = state.Enabled,
        Url = LenientUriConverter.Parse(state.Url),
        Events = state.Events!,
        ByEvents = state.ByEvents,
        MediaBase64 = state.MediaBase64,
    };

    /// <summary>What the server answers for a configuration it did not echo: the request as sent.</summary>
    public static WebSocketInfo ToInfo(WebSocketConfig webSocket) => new()
    {
        Enabled = webSocket.Enabled,
        Events = webSocket.Enabled ? webSocket.Events! : [],
        MediaBase64 = webSocket.Enabled && webSocket.MediaBase64,
    };

    /// <summary>
    /// Whether the stored webhook already is what <paramref name="wanted"/> asks for. An authorization the server does not
    /// report as a string cannot be compared, so a wanted one counts as different (the upsert is idempotent).
    /// </summary>
    public static bool Matches(WebhookState stored, WebhookConfig wanted)
    {
        if (!wanted.Enabled || !stored.Enabled)
        {
            return wanted.Enabled == stored.Enabled;
        }

        var authorization = stored.Authorization is { ValueKind: System.Text.Json.JsonValueKind.String } text ? text.GetString() : null;
        return string.Equals(stored.Url, wanted.Url!.OriginalString, StringComparison.Ordinal)
            && string.Equals(authorization, wanted.Authorization, StringComparison.Ordinal)
            && (stored.ByEvents ?? false) == wanted.ByEvents
            && (stored.MediaBase64 ?? false) == wanted.MediaBase64
            && (stored.Events ?? []).ToHashSet(StringComparer.Ordinal).SetEquals(wanted.Events ?? []);
    }
}
