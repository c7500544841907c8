using System.Text.Json;
using System.Text.Json.Serialization;
using RyzeApi.Client.Serialization;

namespace RyzeApi.Client.Events.Wire;

/// <summary>
/// A webhook as the server persisted it, authorization included, so that <c>EnsureWebhookAsync</c> can compare it; the
/// public <see cref="WebhookInfo"/> never keeps that value. The playground types <c>authorization</c> as an object
/// (SPEC §5.7): any shape is read, and only a string can be compared.
/// </summary>
internal sealed record WebhookState
{
    public string? Label { get; init; }

    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool Enabled { get; init; }

    public string? Url { get; init; }

    public JsonElement? Authorization { get; init; }

    [JsonConverter(typeof(LenientNullableBooleanConverter))]
    public bool? ByEvents { get; init; }

    public IReadOnlyList<string>? Events { get; init; }

    [JsonConverter(typeof(LenientNullableBooleanConverter))]
    public bool? MediaBase64 { get; init; }

    /// <summary>Only the type name: this record holds the authorization secret.</summary>
    public override string ToString() => nameof(WebhookState);
}
