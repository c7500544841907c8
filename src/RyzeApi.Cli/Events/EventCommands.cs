using System.CommandLine;

namespace RyzeApi.Cli;

/// <summary><c>ryze events webhook get|set</c> and <c>ryze events tail</c>.</summary>
internal static class EventCommands
{
    public static Command Build(CommandFactory commands)
    {
        var name = InstanceCommands.NameArgument();
        var label = new Option<string>("--label") { Description = "Which of the instance's webhooks.", DefaultValueFactory = _ => "default" };
        var url = UrlOption.Create("--url", "Where RyzeAPI posts the events.");
        var events = new Option<string[]>("--events") { Description = "Only these events (e.g. messages.upsert instance.state).", AllowMultipleArgumentsPerToken = true };
        var byEvents = new Option<bool>("--by-events") { Description = "Append the event name to the URL." };
        var mediaBase64 = new Option<bool>("--media-base64") { Description = "Embed media as base64." };
        var disable = new Option<bool>("--disable") { Description = "Turn this webhook off." };
        var authorizationStdin = new Option<bool>("--authorization-stdin") { Description = "Read the Authorization header value from stdin (else RYZE_WEBHOOK_AUTHORIZATION)." };
        var webhook = CommandFactory.Group(
            "webhook",
            "Read or change where the instance's events are posted.",
            commands.Create("get", "Show the instance's webhooks (never their authorization).", async (run, ct) =>
            {
                var all = await run.CreateClient().Events.GetWebhooksAsync(run.Value(name), ct);
                run.Printer.List(all.Select(WebhookView.From).OfType<WebhookView>().ToList(), CliJsonContext.Default.IReadOnlyListWebhookView, "label", "enabled", "url", "events");
                return ExitCodes.Success;
            }, name),
            commands.Create("set", "Create or replace one webhook.", async (run, ct) =>
            {
                var client = run.CreateClient().Events;
                var result = run.Value(disable)
                    ? await client.DisableWebhookAsync(run.Value(name), run.Value(label)!, ct)
                    : await client.UpsertWebhookAsync(run.Value(name), new WebhookConfig
                    {
                        Label = run.Value(label)!,
                        Url = run.Value(url),
                        Events = run.Value(events) is { Length: > 0 } names ? names : null,
                        ByEvents = run.Value(byEvents),
                        MediaBase64 = run.Value(mediaBase64),
                        Authorization = await Secrets.ReadAsync(run, run.Value(authorizationStdin), "RYZE_WEBHOOK_AUTHORIZATION", ct),
                    }, ct);
                run.Printer.Object(WebhookView.From(result), CliJsonContext.Default.WebhookView);
                return ExitCodes.Success;
            }, name, label, url, events, byEvents, mediaBase64, disable, authorizationStdin));
        var tailName = InstanceCommands.NameArgument();
        var tail = commands.Create("tail", "Follow the instance's events (its WebSocket, switched on if off) until Ctrl+C.", (run, ct) => TailAsync(run, run.Value(tailName), ct), tailName);
        return CommandFactory.Group("events", "Webhooks and the live event stream.", webhook, tail);
    }

    private static async Task<int> TailAsync(Invocation run, string name, CancellationToken cancellationToken)
    {
        var events = run.CreateClient().Events;
        if ((await events.GetWebSocketAsync(name, cancellationToken))?.Enabled != true)
        {
            // The stream is the instance's WebSocket; RyzeAPI refuses it until it is switched on.
            await events.ConfigureWebSocketAsync(name, new WebSocketConfig(), cancellationToken);
            run.Say($"Enabled the WebSocket of {name} (all events) to follow it.");
        }

        await foreach (var ryzeEvent in events.StreamAsync(name, cancellationToken: cancellationToken))
        {
            // Event name, instance and data only: the envelope's instanceData carries the instance token.
            if (run.Json)
            {
                run.Printer.Json(Line(ryzeEvent), indented: false);
            }
            else
            {
                run.Console.Out.WriteLine($"{DateTimeOffset.Now:HH:mm:ss}  {ryzeEvent.EventName,-20} {ryzeEvent.Data.GetRawText()}");
            }
        }

        // The stream ends quietly on Ctrl+C; ryze still reports it as cancelled (exit 130).
        cancellationToken.ThrowIfCancellationRequested();
        return ExitCodes.Success;
    }

    private static JsonElement Line(RyzeEvent ryzeEvent)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("event", ryzeEvent.EventName);
            writer.WriteString("instance", ryzeEvent.InstanceName);
            writer.WritePropertyName("data");
            if (ryzeEvent.Data.ValueKind == JsonValueKind.Undefined)
            {
                writer.WriteNullValue();
            }
            else
            {
                ryzeEvent.Data.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        return JsonDocument.Parse(buffer.ToArray()).RootElement;
    }
}
