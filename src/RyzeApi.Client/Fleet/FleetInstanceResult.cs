namespace RyzeApi.Client;

/// <summary>What applying a plan did to one instance.</summary>
public sealed record FleetInstanceResult
{
    /// <summary>The instance name.</summary>
    public required string Name { get; init; }

    /// <summary>What the plan said to do.</summary>
    public required FleetAction Action { get; init; }

    /// <summary>Applied, failed or skipped.</summary>
    public required FleetOutcome Outcome { get; init; }

    /// <summary>The blocks written, in order (for a create, the ones it carried inline).</summary>
    public IReadOnlyList<FleetBlockChange> AppliedBlocks { get; init; } = [];

    /// <summary>Why it failed, as thrown (e.g. <see cref="RyzeBadRequestException"/>); <see langword="null"/> unless <see cref="Outcome"/> is <see cref="FleetOutcome.Failed"/>.</summary>
    public Exception? Error { get; init; }
}
