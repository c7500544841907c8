namespace RyzeApi.Cli;

/// <summary>What ryze shows of an instance: everything RyzeAPI returns except its token.</summary>
internal sealed record InstanceView
{
    public required string Name { get; init; }

    public required InstanceState Status { get; init; }

    public string? Number { get; init; }

    public string? Id { get; init; }

    public string? ProfileName { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    public InstanceSettings? Settings { get; init; }

    public WebhookView? Webhook { get; init; }

    public WebSocketView? WebSocket { get; init; }

    public ProxyView? Proxy { get; init; }

    public S3View? S3 { get; init; }

    public static InstanceView From(InstanceInfo info) => new()
    {
        Name = info.Name,
        Status = info.Status,
        Number = info.Connection?.NumberJid,
        Id = info.Id,
        ProfileName = info.Profile?.Name,
        CreatedAt = info.CreatedAt,
        Settings = info.Settings,
        Webhook = WebhookView.From(info.Webhook),
        WebSocket = WebSocketView.From(info.WebSocket),
        Proxy = ProxyView.From(info.Proxy),
        S3 = S3View.From(info.S3),
    };

    public static InstanceView From(Instance instance) => new()
    {
        Name = instance.Name,
        Status = instance.Status,
        Number = instance.NumberJid,
        Id = instance.Id,
        CreatedAt = instance.CreatedAt,
        Settings = instance.Settings,
        Webhook = WebhookView.From(instance.Webhook),
        WebSocket = WebSocketView.From(instance.WebSocket),
        Proxy = ProxyView.From(instance.Proxy),
        S3 = S3View.From(instance.S3),
    };
}
