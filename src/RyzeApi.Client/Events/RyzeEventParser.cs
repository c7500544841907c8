using System.Text;
using System.Text.Json;
using static RyzeApi.Client.Serialization.EventFields;

namespace RyzeApi.Client;

/// <summary>
/// Turns one envelope (a webhook delivery's body, a WebSocket frame) into one typed <see cref="RyzeEvent"/>. Unknown
/// event names and unknown, missing or oddly shaped fields never throw: they give <see cref="UnknownRyzeEvent"/> or
/// <see langword="null"/> members, with the raw JSON kept. Reflection-free (trimming- and Native AOT-safe).
/// </summary>
public static class RyzeEventParser
{
    // The docs' own envelope example carries a /* comment */ (SPEC §3.2): comments and trailing commas are accepted.
    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Parses an envelope from UTF-8 bytes, e.g. a request body or a WebSocket message (a <c>byte[]</c>, or <c>memory.Span</c>).</summary>
    /// <param name="utf8Json">The envelope as UTF-8 JSON.</param>
    /// <returns>The typed event.</returns>
    /// <exception cref="RyzeEventFormatException">The input is not valid UTF-8 JSON, not an object, or has no string <c>event</c>.</exception>
    public static RyzeEvent Parse(ReadOnlySpan<byte> utf8Json)
    {
        string raw;
        JsonDocument document;
        try
        {
            raw = StrictUtf8.GetString(utf8Json);
            var reader = new Utf8JsonReader(utf8Json, ReaderOptions);
            document = JsonDocument.ParseValue(ref reader);
            if (reader.Read())
            {
                document.Dispose();
                throw new RyzeEventFormatException("The input has more than one JSON value.");
            }
        }
        catch (Exception e) when (e is JsonException or DecoderFallbackException)
        {
            throw new RyzeEventFormatException("The input is not valid UTF-8 JSON.", e);
        }

        using (document)
        {
            return Read(document.RootElement, raw);
        }
    }

    /// <summary>Parses an envelope from a string; <see cref="RyzeEvent.RawJson"/> is that string.</summary>
    /// <param name="json">The envelope as JSON text.</param>
    /// <returns>The typed event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="RyzeEventFormatException">The input is not JSON, not an object, or has no string <c>event</c>.</exception>
    public static RyzeEvent Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException e)
        {
            throw new RyzeEventFormatException("The input is not valid JSON.", e);
        }

        using (document)
        {
            return Read(document.RootElement, json);
        }
    }

    private static RyzeEvent Read(JsonElement root, string raw)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("event", out var name) || name.ValueKind != JsonValueKind.String)
        {
            throw new RyzeEventFormatException();
        }

        // Cloned: the event outlives the document. instanceData.baseUrl is never read, let alone called.
        var instanceData = At(root, "instanceData");
        var envelope = new EventEnvelope(
            name.GetString()!,
            Text(At(instanceData, "instance")),
            Text(At(instanceData, "token")),
            raw,
            At(root, "data") is { ValueKind: not JsonValueKind.Undefined } data ? data.Clone() : default);
        return envelope.Name switch
        {
            RyzeEvents.MessageExchange => MessageExchangeEvent.Read(envelope),
            RyzeEvents.MessageStatus => MessageStatusEvent.Read(envelope),
            RyzeEvents.CallUpdate => CallUpdateEvent.Read(envelope),
            RyzeEvents.GroupFlow => GroupFlowEvent.Read(envelope),
            RyzeEvents.InstanceState => InstanceStateEvent.Read(envelope),
            RyzeEvents.LabelUpdate => LabelUpdateEvent.Read(envelope),
            _ => new UnknownRyzeEvent(envelope),
        };
    }
}
