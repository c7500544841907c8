namespace RyzeApi.Client.Http;

/// <summary>
/// One RyzeAPI endpoint, described once: its method and route template (telemetry names the call with them), whether a
/// resend is safe (SPEC §2's and §3.1's idempotency columns) and its rate-limit bucket (SPEC §1.3). The facade hands it to the
/// transport, which records one span, measurement and log event for the whole call; the handler finds it again from the
/// template Refit stamps on the request (<see cref="Of"/>), rather than by parsing URLs.
/// </summary>
internal sealed class RyzeOperation
{
    /// <summary>Create has its own 20/min bucket; everything else shares the global 100/min one (SPEC §1.3).</summary>
    public const string CreateBucket = "create";
    public const string GlobalBucket = "global";

    public static readonly RyzeOperation Create = new("POST", RyzeRoutes.Create, isIdempotent: false, bucket: CreateBucket);
    public static readonly RyzeOperation List = new("GET", RyzeRoutes.List);

    /// <summary>A list by name that expects "not found" as one of its answers (<c>EnsureAsync</c>'s look-ups): not a failure.</summary>
    public static readonly RyzeOperation Find = new("GET", RyzeRoutes.List, notFoundIsAnswer: true);

    public static readonly RyzeOperation Delete = new("DELETE", RyzeRoutes.Delete);
    public static readonly RyzeOperation Connect = new("GET", RyzeRoutes.Connect, isIdempotent: false, isConnect: true);
    public static readonly RyzeOperation Reconnect = new("POST", RyzeRoutes.Reconnect, isIdempotent: false);
    public static readonly RyzeOperation Logout = new("DELETE", RyzeRoutes.Logout);
    public static readonly RyzeOperation GetSettings = new("GET", RyzeRoutes.GetSettings);
    public static readonly RyzeOperation UpdateSettings = new("POST", RyzeRoutes.UpdateSettings);
    public static readonly RyzeOperation GetProxy = new("GET", RyzeRoutes.GetProxy);
    public static readonly RyzeOperation UpdateProxy = new("POST", RyzeRoutes.UpdateProxy);
    public static readonly RyzeOperation GetS3 = new("GET", RyzeRoutes.GetS3);
    public static readonly RyzeOperation UpdateS3 = new("POST", RyzeRoutes.UpdateS3);
    public static readonly RyzeOperation Metrics = new("GET", RyzeRoutes.Metrics);
    public static readonly RyzeOperation UpsertWebhook = new("POST", RyzeRoutes.UpsertWebhook);
    public static readonly RyzeOperation GetWebhooks = new("GET", RyzeRoutes.GetWebhooks);
    public static readonly RyzeOperation ConfigureWebSocket = new("POST", RyzeRoutes.ConfigureWebSocket);

    /// <summary>404 <c>WebSocket not configured for this instance</c> is one of its answers (SPEC §3.5).</summary>
    public static readonly RyzeOperation GetWebSocket = new("GET", RyzeRoutes.GetWebSocket, notFoundIsAnswer: true);

    // A request Refit did not build: only the methods HTTP itself calls idempotent are retried.
    private static readonly RyzeOperation UnknownIdempotent = new("*", "unknown");
    private static readonly RyzeOperation UnknownOther = new("*", "unknown", isIdempotent: false);

    private static readonly HttpRequestOptionsKey<string> TemplateKey = new(Refit.HttpRequestMessageOptions.RelativePathTemplate);

    private RyzeOperation(
        string method, string template, bool isIdempotent = true, bool isConnect = false, string bucket = GlobalBucket, bool notFoundIsAnswer = false)
    {
        Method = method;
        Template = template;
        Name = $"{method} {template}"; // the span name, built once
        IsIdempotent = isIdempotent;
        IsConnect = isConnect;
        Bucket = bucket;
        NotFoundIsAnswer = notFoundIsAnswer;
    }

    public string Method { get; }

    public string Template { get; }

    public string Name { get; }

    /// <summary>Whether a resend after a 5xx, timeout or dropped connection is safe: not for create, connect, reconnect.</summary>
    public bool IsIdempotent { get; }

    /// <summary>Connect is one long poll with its own timeout, never resent.</summary>
    public bool IsConnect { get; }

    /// <summary>Create has its own 20/min bucket; everything else shares the global 100/min one.</summary>
    public string Bucket { get; }

    /// <summary>Whether a 404 answers the question asked rather than failing it: logged at Debug, and no error on the span.</summary>
    public bool NotFoundIsAnswer { get; }

    /// <summary>How the handler treats a request: the operation of the route template Refit stamped on it.</summary>
    public static RyzeOperation Of(HttpRequestMessage request)
    {
        request.Options.TryGetValue(TemplateKey, out var template);
        return ByTemplate(template)
            ?? (request.Method == HttpMethod.Get || request.Method == HttpMethod.Delete ? UnknownIdempotent : UnknownOther);
    }

    /// <summary>
    /// The operation of a route template, or <see langword="null"/> for one the SDK does not call through Refit.
    /// <see cref="Find"/> is never returned: it sends as <see cref="List"/> does and differs only in how its 404 is recorded.
    /// </summary>
    public static RyzeOperation? ByTemplate(string? template) => template switch
    {
        RyzeRoutes.Create => Create,
        RyzeRoutes.List => List,
        RyzeRoutes.Delete => Delete,
        RyzeRoutes.Connect => Connect,
        RyzeRoutes.Reconnect => Reconnect,
        RyzeRoutes.Logout => Logout,
        RyzeRoutes.GetSettings => GetSettings,
        RyzeRoutes.UpdateSettings => UpdateSettings,
        RyzeRoutes.GetProxy => GetProxy,
        RyzeRoutes.UpdateProxy => UpdateProxy,
        RyzeRoutes.GetS3 => GetS3,
        RyzeRoutes.UpdateS3 => UpdateS3,
        RyzeRoutes.Metrics => Metrics,
        RyzeRoutes.UpsertWebhook => UpsertWebhook,
        RyzeRoutes.GetWebhooks => GetWebhooks,
        RyzeRoutes.ConfigureWebSocket => ConfigureWebSocket,
        RyzeRoutes.GetWebSocket => GetWebSocket,
        _ => null,
    };
}
