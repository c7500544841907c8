namespace RyzeApi.Client;

/// <content>Chatwoot, webhooks and the WebSocket: the blocks RyzeAPI reports outside the instance's own reads.</content>
internal static partial class FleetDiff
{
    /// <summary>Compared with the list's summary, which carries neither the token nor the four flags.</summary>
    public static FleetBlockChange? Chatwoot(ChatwootConfig desired, ChatwootInfo? current, List<string> notCompared)
    {
        var diff = new FieldDiff();
        diff.Compare("enabled", current?.Enabled, desired.Enabled);
        if (desired.Enabled)
        {
            diff.Compare("baseUrl", current?.BaseUrl?.OriginalString.TrimEnd('/'), desired.BaseUrl?.OriginalString.TrimEnd('/'));
            diff.Compare("accountId", current?.AccountId, desired.AccountId);
            if (desired.InboxName is not null)
            {
                diff.Compare("inboxName", current?.InboxName, desired.InboxName);
            }

            diff.Unreturned("apiToken", Redaction.Of(desired.ApiToken));
            diff.Unreturned("signMessages", FieldDiff.Text(desired.SignMessages));
            diff.Unreturned("ignoreGroups", FieldDiff.Text(desired.IgnoreGroups));
            diff.Unreturned("startAsPending", FieldDiff.Text(desired.StartAsPending));
            diff.Unreturned("reopenResolved", FieldDiff.Text(desired.ReopenResolved));
        }

        return diff.Finish(FleetBlock.Chatwoot, null, desired, write: false, notCompared);
    }

    public static FleetBlockChange? Webhook(string label, WebhookConfig desired, WebhookInfo? current, bool rotate, List<string> notCompared)
    {
        var diff = new FieldDiff();
        diff.Compare("enabled", current?.Enabled, desired.Enabled);
        if (desired.Enabled)
        {
            diff.Compare("url", current?.Url?.OriginalString, desired.Url?.OriginalString);
            diff.Compare("byEvents", current is null ? null : current.ByEvents ?? false, desired.ByEvents);
            diff.Events("events", current?.Events, desired.Events);
            diff.Compare("mediaBase64", current is null ? null : current.MediaBase64 ?? false, desired.MediaBase64);
            diff.Unreturned("authorization", Redaction.Of(desired.Authorization));
        }

        return diff.Finish(FleetBlock.Webhook, label, desired, rotate, notCompared);
    }

    public static FleetBlockChange? WebSocket(WebSocketConfig desired, WebSocketInfo? current, List<string> notCompared)
    {
        var diff = new FieldDiff();
        diff.Compare("enabled", current?.Enabled, desired.Enabled);
        if (desired.Enabled)
        {
            diff.Events("events", current?.Events, desired.Events);
            diff.Compare("mediaBase64", current?.MediaBase64, desired.MediaBase64);
        }

        return diff.Finish(FleetBlock.WebSocket, null, desired, write: false, notCompared);
    }
}
