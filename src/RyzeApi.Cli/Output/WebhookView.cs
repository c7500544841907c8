namespace RyzeApi.Cli;

/// <summary>A webhook as ryze prints it (RyzeAPI never returns its authorization).</summary>
internal sealed record WebhookView(string Label, bool Enabled, Uri? Url, IReadOnlyList<string> Events, bool? ByEvents, bool? MediaBase64)
{
    public static WebhookView? From(WebhookInfo? webhook) =>
        webhook is null ? null : new(webhook.Label, webhook.Enabled, webhook.Url, webhook.Events, webhook.ByEvents, webhook.MediaBase64);
}
