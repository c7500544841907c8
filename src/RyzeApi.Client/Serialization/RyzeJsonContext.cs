using System.Text.Json.Serialization;
using RyzeApi.Client.Events.Wire;
using RyzeApi.Client.Health.Wire;
using RyzeApi.Client.Instances.Wire;

namespace RyzeApi.Client.Serialization;

/// <summary>
/// The one JSON context: every type that crosses the wire, camelCase as RyzeAPI spells it, nulls left out of request
/// bodies, numbers also read from strings (<c>proxyPort</c> is a string on the wire), unknown enum values tolerated,
/// and counts, timestamps and URLs read in whatever shape they come (their types are not all documented).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = [typeof(InstanceSettingsConverter), typeof(InstanceStateConverter), typeof(ProxyProtocolConverter), typeof(ChatwootStatusConverter),
        typeof(LenientCountConverter), typeof(LenientTimestampConverter), typeof(LenientUriConverter)])]
[JsonSerializable(typeof(WireEnvelope))]
[JsonSerializable(typeof(CreateInstanceBody))]
[JsonSerializable(typeof(SettingsBody))]
[JsonSerializable(typeof(ProxyBody))]
[JsonSerializable(typeof(S3Body))]
[JsonSerializable(typeof(CreateInstanceEnvelope))]
[JsonSerializable(typeof(ListEnvelope))]
[JsonSerializable(typeof(StatusEnvelope))]
[JsonSerializable(typeof(ConnectEnvelope))]
[JsonSerializable(typeof(SettingsEnvelope))]
[JsonSerializable(typeof(ProxyEnvelope))]
[JsonSerializable(typeof(S3Envelope))]
[JsonSerializable(typeof(MetricsEnvelope))]
[JsonSerializable(typeof(WebhookBody))]
[JsonSerializable(typeof(WebSocketBody))]
[JsonSerializable(typeof(WebhookEnvelope))]
[JsonSerializable(typeof(WebSocketEnvelope))]
[JsonSerializable(typeof(HealthEnvelope))]
internal sealed partial class RyzeJsonContext : JsonSerializerContext;
