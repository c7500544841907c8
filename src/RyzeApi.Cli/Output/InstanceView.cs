namespace RyzeApi.Cli;

/// <summary>What ryze shows of an instance: everything RyzeAPI returns except its token.</summary>
internal sealed record InstanceView
{
    public required string Name { get; init; }

    public required InstanceState State { get; init; }

    public string? Number { get; init; }

    public string? Id { get; init; }

    public string? ProfileName { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    public InstanceSettings? Settings { get; init; }

    public WebhookView? Webhook { get; init; }

    public WebSocketView? WebSocket { get; init; }

    public ProxyView? Proxy { get; init; }

    public S3View? S3 { get; init; }

    public static InstanceView From(Instance instance) => new()
    {
        Name = instance.Name,
        State = instance.State,
        Number = instance.NumberJid,
        Id = instance.Id,
        ProfileName = instance.Profile?.Name,
        CreatedAt = instance.CreatedAt,
        Settings = instance.Settings,
        Webhook = WebhookView.From(instance.Webhook),
        WebSocket = WebSocketView.From(instance.WebSocket),
        Proxy = ProxyView.From(instance.Proxy),
        S3 = S3View.From(instance.S3),
    };
}
