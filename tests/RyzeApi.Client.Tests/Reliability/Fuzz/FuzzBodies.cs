using System.Text;

namespace RyzeApi.Client.Tests.Reliability.Fuzz;

/// <summary>Turns a <see cref="FuzzBody"/> and its seed into the bytes of a response body.</summary>
public static class FuzzBodies
{
    /// <summary>One body that carries every envelope's payload, so each operation can succeed on it.</summary>
    public const string KitchenSink = """
        {"success":true,"message":"ok","status":"connected","qrCode":"2@abc","qrCodeBase64":"data:image/png;base64,iVBORw0KGgo=","pairingCode":"ABCD1234",
         "instance":{"id":"1","name":"fuzz","token":"tok","status":"disconnected","proxy":{"enabled":false},"webhook":{"enabled":false},"chatwoot":{"enabled":false}},
         "data":{"token":"tok"},
         "instances":[{"id":"1","name":"fuzz","status":"connected","createdAt":"2026-01-01T00:00:00Z"}],
         "metrics":{"fuzz":{"messagesSent":1}},
         "proxy":{"enabled":true,"host":"h","port":8080,"protocol":"http"},
         "s3":{"enabled":false},
         "settings":{"autoRejectCalls":true,"callRejectMessage":"no"}}
        """;

    private static readonly string[] Names =
    [
        "success", "message", "error", "instance", "instances", "data", "token", "name", "status", "metrics", "proxy", "s3",
        "settings", "qrCode", "qrCodeBase64", "pairingCode", "enabled", "port", "protocol", "host", "webhook", "websocket",
        "chatwoot", "createdAt", "connection", "profile", "id", "events", "autoRejectCalls", "messagesSent",
    ];

    private static readonly string[] Scalars =
    [
        "null", "true", "false", "0", "-1", "1e309", "-1e309", "99999999999999999999999", "1.5", "\"\"", "\"x\"", "\"connected\"",
        "\"2026-13-45T99:00:00Z\"", "\"-5\"", "\"70000\"", "\"\\u0000\"", "[]", "{}", "\"not-a-date\"", "9223372036854775808",
    ];

    private static readonly Lazy<byte[]> Large = new(() =>
        Encoding.UTF8.GetBytes("{\"success\":true,\"message\":\"" + new string('a', 5 * 1024 * 1024) + "\",\"instances\":[]}"));

    /// <summary>A valid answer larger than one read buffer, so converters run on partial buffers of a streamed body.</summary>
    private static readonly Lazy<byte[]> LargeValid = new(() => Encoding.UTF8.GetBytes(KitchenSink.Replace(
        "\"instances\":[{\"id\":\"1\",\"name\":\"fuzz\",\"status\":\"connected\",\"createdAt\":\"2026-01-01T00:00:00Z\"}]",
        "\"instances\":[" + string.Join(',', Enumerable.Repeat(
            "{\"name\":\"fuzz\",\"status\":7,\"proxy\":{\"enabled\":false,\"port\":null},\"settings\":{\"autoRejectCalls\":true,\"new\":{\"a\":[1]}}}", 400)) + "]",
        StringComparison.Ordinal)));

    public static byte[] Bytes(FuzzBody body, int seed)
    {
        var random = new Random(seed);
        return body switch
        {
            FuzzBody.ValidShape => Encoding.UTF8.GetBytes(KitchenSink),
            FuzzBody.LargeValidShape => LargeValid.Value,
            FuzzBody.WrongShape => Encoding.UTF8.GetBytes(RandomJson(random, 3)),
            FuzzBody.Truncated => Encoding.UTF8.GetBytes(KitchenSink[..random.Next(1, KitchenSink.Length - 1)]),
            FuzzBody.Html => Encoding.UTF8.GetBytes("<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>"),
            FuzzBody.Binary => RandomBytes(random, random.Next(1, 4096)),
            FuzzBody.Empty => [],
            FuzzBody.FiveMegabytes => Large.Value,
            FuzzBody.FiveMegabytesBinary => RandomBytes(random, 5 * 1024 * 1024),
            FuzzBody.JsonNull => "null"u8.ToArray(),
            FuzzBody.DeeplyNested => Encoding.UTF8.GetBytes("{\"success\":" + new string('[', 5000) + new string(']', 5000) + "}"),
            FuzzBody.SuccessFalse => Encoding.UTF8.GetBytes(random.Next(3) switch
            {
                0 => """{"success":false}""",
                1 => """{"success":false,"error":{"message":"It broke"}}""",
                _ => """{"success":false,"error":"plain string"}""",
            }),
            _ => throw new ArgumentOutOfRangeException(nameof(body)),
        };
    }

    private static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    /// <summary>Valid JSON of the wrong shape: the envelope's own field names holding values of any type.</summary>
    private static string RandomJson(Random random, int depth)
    {
        var roll = random.Next(depth <= 0 ? 1 : 4);
        if (roll == 0)
        {
            return Scalars[random.Next(Scalars.Length)];
        }

        if (roll == 1)
        {
            var items = Enumerable.Range(0, random.Next(4)).Select(_ => RandomJson(random, depth - 1));
            return "[" + string.Join(',', items) + "]";
        }

        var fields = Enumerable.Range(0, random.Next(1, 8))
            .Select(_ => $"\"{Names[random.Next(Names.Length)]}\":{RandomJson(random, depth - 1)}")
            .Prepend(random.Next(2) == 0 ? "\"success\":true" : "\"success\":" + Scalars[random.Next(Scalars.Length)]);
        return "{" + string.Join(',', fields) + "}";
    }
}
