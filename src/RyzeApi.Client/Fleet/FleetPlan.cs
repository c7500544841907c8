namespace RyzeApi.Client;

/// <summary>
/// What <see cref="FleetClient.ApplyAsync"/> would do to bring the account to a <see cref="FleetSpec"/>: per instance,
/// create, update (field by field), delete or nothing. <see cref="ToString"/> renders it for review.
/// </summary>
public sealed class FleetPlan
{
    internal FleetPlan(IReadOnlyList<FleetChange> changes, int maxConcurrency)
    {
        Changes = changes;
        MaxConcurrency = maxConcurrency;
    }

    /// <summary>Every instance of the spec (and, when it prunes, every other instance of the account), in spec order.</summary>
    public IReadOnlyList<FleetChange> Changes { get; }

    /// <summary>Whether applying the plan sends anything: <see langword="false"/> when every instance already matches.</summary>
    public bool HasChanges => Changes.Any(change => change.Action is not FleetAction.NoChange);

    /// <summary>How many instances the apply writes at the same time (from <see cref="FleetPlanOptions.MaxConcurrency"/>).</summary>
    internal int MaxConcurrency { get; }

    /// <summary>Renders the plan as a diff a person can review: <c>+</c> create, <c>~</c> update, <c>-</c> delete; secrets read <c>***</c>.</summary>
    /// <returns>The plan, one line per field.</returns>
    public override string ToString() => FleetPlanText.Render(this);
}
