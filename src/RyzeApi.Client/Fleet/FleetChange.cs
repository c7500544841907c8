namespace RyzeApi.Client;

/// <summary>What a plan does to one instance.</summary>
public sealed record FleetChange
{
    /// <summary>The instance name.</summary>
    public required string Name { get; init; }

    /// <summary>Create, update, delete or nothing.</summary>
    public required FleetAction Action { get; init; }

    /// <summary>The blocks written, in the order they are sent; empty for <see cref="FleetAction.NoChange"/> and <see cref="FleetAction.Delete"/>.</summary>
    public IReadOnlyList<FleetBlockChange> Blocks { get; init; } = [];

    /// <summary>
    /// Fields the spec sets that RyzeAPI never returns (proxy password, S3 secret key, Chatwoot token and flags, webhook
    /// authorization), e.g. <c>proxy.password</c>, so the plan cannot tell whether they differ: they are sent only when
    /// their block changes or with <see cref="FleetPlanOptions.RotateSecrets"/>.
    /// </summary>
    public IReadOnlyList<string> NotCompared { get; init; } = [];

    /// <summary>The request a <see cref="FleetAction.Create"/> sends, every block inline but webhooks other than <c>default</c>.</summary>
    internal CreateInstanceRequest? Create { get; init; }
}
