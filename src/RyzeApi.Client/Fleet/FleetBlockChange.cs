namespace RyzeApi.Client;

/// <summary>One block a plan writes with one request, and the fields that differ.</summary>
public sealed record FleetBlockChange
{
    /// <summary>The block.</summary>
    public required FleetBlock Block { get; init; }

    /// <summary>The webhook's label for <see cref="FleetBlock.Webhook"/>; otherwise <see langword="null"/>.</summary>
    public string? Label { get; init; }

    /// <summary>The fields that differ (for a create, every field the spec sets).</summary>
    public required IReadOnlyList<FleetFieldChange> Fields { get; init; }

    /// <summary>What is sent: the block's own type (<see cref="InstanceSettingsPatch"/>, <see cref="ProxyConfig"/>, ...).</summary>
    internal object Desired { get; init; } = null!;

    /// <summary>The block's key in the spec and in <see cref="FleetPlan.ToString"/>, e.g. <c>webhooks.alerts</c>.</summary>
    internal string Key => Block switch
    {
        FleetBlock.Webhook => $"webhooks.{Label}",
        FleetBlock.WebSocket => "websocket",
        _ => Block.ToString().ToLowerInvariant(),
    };
}
