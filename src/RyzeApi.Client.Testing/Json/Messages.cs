namespace RyzeApi.Client.Testing.Json;

/// <summary>The error texts, copied exactly from the SPEC where it gives them.</summary>
internal static class Messages
{
    // Also for a missing token: every instance endpoint's table lists this text for "token missing or invalid".
    public const string InvalidToken = "Invalid token";

    // SPEC is silent: the 403 text is truncated after "Instance token does not ma"; the rest is our choice.
    public const string TokenMismatch = "Instance token does not match this instance";
    public const string InstanceNotFound = "Instance not found";
    public const string InstanceNameRequired = "Instance name is required";
    public const string InvalidBody = "Invalid request body";
    public const string NameRequired = "The 'name' field is required";
    public const string QuotaExceeded = "Account instance quota exceeded";
    public const string AlreadyExists = "Instance or token already exists";
    public const string RateLimited = "Rate limit exceeded. Try again later.";
    public const string NoSavedSession = "Instance has no saved session — call /connect first";

    // SPEC is silent: the empty-settings message; this one names the rule.
    public const string NoSettings = "At least one setting must be provided";

    // SPEC is silent: proxy/S3 validation; these name the missing or invalid field.
    public const string EnabledRequired = "The 'enabled' field is required";
    public const string ProxyHostRequired = "The 'host' and 'port' fields are required when the proxy is enabled";
    public const string ProxyProtocolInvalid = "The 'protocol' field must be http, https or socks5";
    public const string ChatwootUnauthorized = "Chatwoot API returned 401 - verifique o chatwootApiToken";

    // SPEC §3.5, verbatim but for the instance name in place of the docs' $Instance_Name.
    public static string WebSocketNotEnabled(string instance) =>
        $"WebSocket is not enabled for this instance. Configure it first using POST /api/events/websocket/{instance}";

    public const string WebSocketNotConfigured = "WebSocket not configured for this instance";

    // SPEC is silent: the webhook errors beyond 409 "duplicate webhook"; these name the rule.
    public const string WebhookUrlRequired = "The 'url' field must be an absolute http(s) URL when the webhook is enabled";
    public const string TooManyWebhooks = "At most 3 webhooks can be enabled per instance";
    public const string WebhookNotFound = "Webhook not found";
    public const string UpgradeRequired = "Expected a WebSocket upgrade request";

    // SPEC is silent: unknown routes, wrong methods and generic 5xx texts.
    public const string RouteNotFound = "Route not found";
    public const string MethodNotAllowed = "Method not allowed";
    public const string InternalError = "Internal server error";
    public const string ServiceUnavailable = "Service unavailable";
}
