using System.Text;
using System.Text.Json;
using CsCheck;

namespace RyzeApi.Client.Tests.Events;

/// <summary>
/// Properties over generated envelopes: any JSON object with a string <c>event</c> parses, whatever its payload's shape,
/// into the type its name says, with the raw JSON kept and the token never printed; anything else throws only
/// <see cref="RyzeEventFormatException"/>, saying whether the input was not JSON or JSON but not an event.
/// </summary>
public sealed class RyzeEventParserFuzzTests
{
    private const string Token = "fuzz-token-sentinel-51c0";

    private static readonly string[] Names = [.. RyzeEvents.All, "", "message", "MESSAGE.EXCHANGE", "poll.vote", "é\u0000\"\\"];

    private static readonly Gen<string> Key = Gen.OneOf(
        "id", "message", "messageIds", "ids", "direction", "timestamp", "chat", "sender", "content", "text", "media", "type",
        "status", "state", "jid", "participants", "action", "label", "edit", "callId", "from", "isVideo", "name", "data", "event", "x");

    private static readonly Gen<string> Scalar = Gen.OneOf(
        Gen.OneOf("null", "true", "false", "0", "-1", "1e308", "-0.5", "99999999999999999999999", "1767225600", "1767225600000"),
        Gen.OneOf(Names).Select(Quote),
        Gen.OneOf("connected", "qr_ready", "read", "offer", "joined", "2026-04-28T10:30:00Z", "", "message_revoke", "\ud83d\ude00", "\\u0000").Select(Quote),
        Gen.Long.Select(l => l.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private static readonly Gen<string> Payload = Value(3);

    private static readonly Gen<string> Envelope = Gen.Select(Gen.OneOf(Names), Payload, Gen.Bool, Value(1), (name, data, withInstance, extra) =>
        $$"""{"event":{{Quote(name)}},"data":{{data}},"instanceData":{{(withInstance ? $$"""{"instance":"sales","token":"{{Token}}","baseUrl":"http://127.0.0.1:1"}""" : extra)}},"event2":{{extra}}}""");

    [Fact]
    public void Every_object_with_a_string_event_parses_into_the_type_its_name_says()
    {
        Envelope.Sample(json =>
        {
            var parsed = RyzeEventParser.Parse(json);
            var name = JsonDocument.Parse(json).RootElement.GetProperty("event").GetString();

            parsed.EventName.Should().Be(name);
            parsed.RawJson.Should().Be(json);
            parsed.GetType().Should().Be(ExpectedType(name!));
            parsed.ToString().Should().NotContain(Token);
            RyzeEventParser.Parse(Encoding.UTF8.GetBytes(json)).ToString().Should().Be(parsed.ToString());
        }, iter: 2000);
    }

    [Fact]
    public void Any_other_JSON_or_bytes_throw_only_the_format_exception()
    {
        var inputs = Gen.Frequency(
            (2, Value(3)),
            (1, Envelope.Select(Gen.Int[0, 400], (json, cut) => json[..Math.Min(cut, json.Length)])),
            (1, Gen.Select(Gen.Int, Gen.Int[0, 64], (seed, length) => Encoding.Latin1.GetString(RandomBytes(seed, length)))));

        inputs.Sample(input =>
        {
            string? expectedError;
            try
            {
                using var document = JsonDocument.Parse(input, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
                var isEnvelope = document.RootElement is { ValueKind: JsonValueKind.Object } root
                    && root.TryGetProperty("event", out var name) && name.ValueKind == JsonValueKind.String;
                expectedError = isEnvelope ? null : "The input is not a RyzeAPI event: a JSON object with a string 'event' property.";
            }
            catch (JsonException)
            {
                expectedError = "The input is not valid JSON.";
            }

            var parse = () => RyzeEventParser.Parse(input);
            if (expectedError is null)
            {
                parse.Should().NotThrow();
            }
            else
            {
                parse.Should().Throw<RyzeEventFormatException>().Which.Message.Should().Be(expectedError, "for input {0}", input);
            }
        }, iter: 3000);
    }

    private static Type ExpectedType(string name) => name switch
    {
        RyzeEvents.MessageExchange => typeof(MessageExchangeEvent),
        RyzeEvents.MessageStatus => typeof(MessageStatusEvent),
        RyzeEvents.CallUpdate => typeof(CallUpdateEvent),
        RyzeEvents.GroupFlow => typeof(GroupFlowEvent),
        RyzeEvents.InstanceState => typeof(InstanceStateEvent),
        RyzeEvents.LabelUpdate => typeof(LabelUpdateEvent),
        _ => typeof(UnknownRyzeEvent),
    };

    private static Gen<string> Value(int depth) => depth == 0
        ? Scalar
        : Gen.Frequency(
            (3, Scalar),
            (2, UpToFour(Gen.Select(Key, Value(depth - 1), (key, value) => $"{Quote(key)}:{value}")).Select(members => "{" + string.Join(",", members) + "}")),
            (1, UpToFour(Value(depth - 1)).Select(items => "[" + string.Join(",", items) + "]")));

    private static Gen<string[]> UpToFour(Gen<string> item) =>
        Gen.Select(Gen.Int[0, 4], item, item, item, item, (count, a, b, c, d) => new[] { a, b, c, d }[..count]);

    private static byte[] RandomBytes(int seed, int length)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    private static string Quote(string text) => JsonSerializer.Serialize(text);
}
