using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using RyzeApi.Client.Testing.Json;
using RyzeApi.Client.Testing.State;

namespace RyzeApi.Client.Testing.Endpoints;

/// <summary>The events configuration endpoints (SPEC §3.4–3.5): webhooks by label, at most 3 enabled; one WebSocket row.</summary>
internal static class EventsEndpoints
{
    public const int MaxEnabledWebhooks = 3;

    public static Task UpsertWebhookAsync(HttpContext context, FakeContext fake) =>
        Handler.ForInstanceAsync(context, fake, readBody: true, action: (record, body) =>
        {
            var label = body!.String("label") is { Length: > 0 } given ? given : WebhookState.DefaultLabel;
            var enabled = body.Bool("enabled") ?? true; // SPEC is silent: a body without "enabled" configures (enables) the webhook.
            var (url, authorization) = (body.String("url"), body.String("authorization"));
            var (byEvents, events, media) = (body.Bool("byEvents"), body.StringList("events"), body.Bool("mediaBase64"));
            if (!enabled)
            {
                record.Webhooks[label] = WebhookState.Disabled; // SPEC §3.4: the row stays, its fields are cleared.
                return Webhook("Webhook disabled", label, WebhookState.Disabled);
            }

            if (!Uri.TryCreate(url, UriKind.Absolute, out var parsed) || parsed.Scheme is not ("http" or "https"))
            {
                return Reply.Error(StatusCodes.Status400BadRequest, Messages.WebhookUrlRequired);
            }

            if (record.Webhooks.Count(w => w.Value.Enabled && w.Key != label) >= MaxEnabledWebhooks)
            {
                return Reply.Error(StatusCodes.Status409Conflict, Messages.TooManyWebhooks);
            }

            var webhook = new WebhookState(true, url, authorization, byEvents ?? false, events ?? [], media ?? false);
            record.Webhooks[label] = webhook;
            record.UpdatedAt = fake.Now;
            return Webhook("Webhook saved", label, webhook);
        });

    // SPEC §3.1: a list, or one webhook via ?label= (its answer's shape was not gathered: one "webhook" object, else 404).
    public static Task GetWebhooksAsync(HttpContext context, FakeContext fake) =>
        Handler.ForInstanceAsync(context, fake, (record, _) =>
        {
            var label = context.Request.Query["label"].ToString();
            if (string.IsNullOrEmpty(label))
            {
                var all = new JsonArray([.. record.Webhooks.Select(w => (JsonNode)Json(w.Key, w.Value))]);
                return Reply.Ok(new JsonObject { ["success"] = true, ["message"] = "Webhooks retrieved", ["webhooks"] = all });
            }

            return record.Webhooks.TryGetValue(label, out var webhook)
                ? Webhook("Webhook retrieved", label, webhook)
                : Reply.Error(StatusCodes.Status404NotFound, Messages.WebhookNotFound);
        });

    public static Task ConfigureWebSocketAsync(HttpContext context, FakeContext fake) =>
        Handler.ForInstanceAsync(context, fake, readBody: true, action: (record, body) =>
        {
            if (body!.Bool("enabled") is not { } enabled)
            {
                return Handler.InvalidBody();
            }

            var (events, media) = (body.StringList("events"), body.Bool("mediaBase64"));
            record.Websocket = enabled ? new WebsocketState(true, events ?? [], media ?? false) : WebsocketState.Disabled;
            record.WebsocketConfigured = true;
            record.UpdatedAt = fake.Now;
            return WebSocket("WebSocket configuration updated", record.Websocket);
        });

    public static Task GetWebSocketAsync(HttpContext context, FakeContext fake) =>
        Handler.ForInstanceAsync(context, fake, (record, _) => record.WebsocketConfigured
            ? WebSocket("WebSocket configuration retrieved", record.Websocket)
            : Reply.Error(StatusCodes.Status404NotFound, Messages.WebSocketNotConfigured));

    // SPEC §3.4: the answer mirrors what was persisted, authorization included.
    private static JsonObject Json(string label, WebhookState w) => new()
    {
        ["label"] = label, ["enabled"] = w.Enabled, ["url"] = w.Url, ["authorization"] = w.Authorization,
        ["byEvents"] = w.ByEvents, ["events"] = new JsonArray([.. w.Events.Select(e => (JsonNode)e)]), ["mediaBase64"] = w.MediaBase64,
    };

    private static Reply Webhook(string message, string label, WebhookState webhook) =>
        Reply.Ok(new JsonObject { ["success"] = true, ["message"] = message, ["webhook"] = Json(label, webhook) });

    private static Reply WebSocket(string message, WebsocketState webSocket) =>
        Reply.Ok(new JsonObject { ["success"] = true, ["message"] = message, ["websocket"] = InstanceJson.Websocket(webSocket) });
}
