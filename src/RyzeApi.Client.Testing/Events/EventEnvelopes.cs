using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using RyzeApi.Client.Testing.State;

namespace RyzeApi.Client.Testing.Events;

/// <summary>Builds envelopes as RyzeAPI sends them (SPEC §3.2): <c>{event, data, instanceData: {baseUrl, instance, token}}</c>.</summary>
internal static class EventEnvelopes
{
    // SPEC §6: instance.state carries data.state in the event vocabulary, plus data.timestamp or data.jid.
    public static string State(FakeContext fake, InstanceRecord record, string state) => Build(fake, record, RyzeEvents.InstanceState, new JsonObject
    {
        ["state"] = state,
        ["jid"] = record.NumberJid,
        ["timestamp"] = fake.Now.ToString("O", CultureInfo.InvariantCulture),
    });

    /// <summary>An event's payload in a new envelope carrying this fake's instance data (its real token and address).</summary>
    public static string Of(FakeContext fake, InstanceRecord record, RyzeEvent ryzeEvent) =>
        Build(fake, record, ryzeEvent.EventName, ryzeEvent.Data.ValueKind == JsonValueKind.Undefined ? null : JsonNode.Parse(ryzeEvent.Data.GetRawText()));

    private static string Build(FakeContext fake, InstanceRecord record, string eventName, JsonNode? data) => new JsonObject
    {
        ["event"] = eventName,
        ["data"] = data,
        ["instanceData"] = new JsonObject
        {
            ["baseUrl"] = fake.Events.BaseAddress?.GetLeftPart(UriPartial.Authority),
            ["instance"] = record.Name,
            ["token"] = record.Token,
        },
    }.ToJsonString();
}
