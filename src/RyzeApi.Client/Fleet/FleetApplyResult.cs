namespace RyzeApi.Client;

/// <summary>What applying a plan did, per instance, in the plan's order.</summary>
public sealed record FleetApplyResult
{
    /// <summary>One result per change of the plan.</summary>
    public required IReadOnlyList<FleetInstanceResult> Instances { get; init; }

    /// <summary>Whether no instance failed.</summary>
    public bool Succeeded => Instances.All(result => result.Outcome != FleetOutcome.Failed);
}
