namespace RyzeApi.Client.Http;

/// <summary>
/// One RyzeAPI endpoint as telemetry names it: its method and route template. The facade hands it to the transport, which
/// records one span, measurement and log event for the whole call (attempts, waits, the body read and a read sent again).
/// </summary>
internal sealed class RyzeOperation
{
    public static readonly RyzeOperation Create = new("POST", RyzeRoutes.Create);
    public static readonly RyzeOperation List = new("GET", RyzeRoutes.List);
    public static readonly RyzeOperation Delete = new("DELETE", RyzeRoutes.Delete);
    public static readonly RyzeOperation Connect = new("GET", RyzeRoutes.Connect);
    public static readonly RyzeOperation Reconnect = new("POST", RyzeRoutes.Reconnect);
    public static readonly RyzeOperation Logout = new("DELETE", RyzeRoutes.Logout);
    public static readonly RyzeOperation GetSettings = new("GET", RyzeRoutes.GetSettings);
    public static readonly RyzeOperation UpdateSettings = new("POST", RyzeRoutes.UpdateSettings);
    public static readonly RyzeOperation GetProxy = new("GET", RyzeRoutes.GetProxy);
    public static readonly RyzeOperation UpdateProxy = new("POST", RyzeRoutes.UpdateProxy);
    public static readonly RyzeOperation GetS3 = new("GET", RyzeRoutes.GetS3);
    public static readonly RyzeOperation UpdateS3 = new("POST", RyzeRoutes.UpdateS3);
    public static readonly RyzeOperation Metrics = new("GET", RyzeRoutes.Metrics);

    private RyzeOperation(string method, string template)
    {
        Method = method;
        Template = template;
        Name = $"{method} {template}"; // the span name, built once
    }

    public string Method { get; }

    public string Template { get; }

    public string Name { get; }
}
