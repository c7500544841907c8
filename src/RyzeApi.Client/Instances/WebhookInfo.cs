using System.Text.Json.Serialization;
using RyzeApi.Client.Serialization;

namespace RyzeApi.Client;

/// <summary>A webhook as RyzeAPI reports it; its authorization value is never kept.</summary>
public sealed record WebhookInfo
{
    // Source-generated deserialization assigns every init-only property, an absent one with default(T): normalize here.
    private readonly IReadOnlyList<string> _events = [];
    private readonly string _label = WebhookConfig.DefaultLabel;

    /// <summary>The label the webhook is stored under; <c>default</c> when not reported.</summary>
    public string Label { get => _label; init => _label = string.IsNullOrEmpty(value) ? WebhookConfig.DefaultLabel : value; }

    /// <summary>Whether the webhook is on; <see langword="false"/> means no webhook.</summary>
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool Enabled { get; init; }

    /// <summary>The URL events are POSTed to, as the server stored it.</summary>
    public Uri? Url { get; init; }

    /// <summary>The delivered events; empty means all.</summary>
    public IReadOnlyList<string> Events { get => _events; init => _events = value ?? []; }

    /// <summary>Whether the event name is appended to the URL, when reported.</summary>
    [JsonConverter(typeof(LenientNullableBooleanConverter))]
    public bool? ByEvents { get; init; }

    /// <summary>Whether media is sent as base64, when reported.</summary>
    [JsonConverter(typeof(LenientNullableBooleanConverter))]
    public bool? MediaBase64 { get; init; }
}
