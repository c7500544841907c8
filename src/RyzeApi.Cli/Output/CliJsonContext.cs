using System.Text.Json.Serialization;

namespace RyzeApi.Cli;

/// <summary>The one JSON context of ryze: source-generated, so the native binary needs no reflection.</summary>
[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web, UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Profile))]
[JsonSerializable(typeof(InstanceView))]
[JsonSerializable(typeof(IReadOnlyList<InstanceView>))]
[JsonSerializable(typeof(InstanceMetrics))]
[JsonSerializable(typeof(InstanceSettings))]
[JsonSerializable(typeof(ProxyView))]
[JsonSerializable(typeof(S3View))]
[JsonSerializable(typeof(WebhookView))]
[JsonSerializable(typeof(IReadOnlyList<WebhookView>))]
[JsonSerializable(typeof(AuthStatus))]
[JsonSerializable(typeof(ConnectUpdate))]
[JsonSerializable(typeof(IReadOnlyList<PlanLine>))]
[JsonSerializable(typeof(IReadOnlyList<ApplyLine>))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
