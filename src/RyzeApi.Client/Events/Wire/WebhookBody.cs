namespace RyzeApi.Client.Events.Wire;

/// <summary>
/// The body of <c>POST /api/events/webhook/:instance</c> (SPEC §3.4). A disabled webhook sends only its label and
/// <c>enabled: false</c>: the server clears the rest.
/// </summary>
internal sealed record WebhookBody
{
    public required string Label { get; init; }

    public required bool Enabled { get; init; }

    public string? Url { get; init; }

    public string? Authorization { get; init; }

    public bool? ByEvents { get; init; }

    public IReadOnlyList<string>? Events { get; init; }

    public bool? MediaBase64 { get; init; }

    /// <summary>Only the type name: this record holds the authorization secret.</summary>
    public override string ToString() => nameof(WebhookBody);
}
