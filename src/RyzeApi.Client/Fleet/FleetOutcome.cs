namespace RyzeApi.Client;

/// <summary>How applying a plan went for one instance.</summary>
public enum FleetOutcome
{
    /// <summary>Not set.</summary>
    Unknown = 0,

    /// <summary>Every block of the change was written (or the instance created or deleted).</summary>
    Applied,

    /// <summary>A request failed: <see cref="FleetInstanceResult.Error"/> says why; blocks before it stay written, blocks after it were not sent.</summary>
    Failed,

    /// <summary>Nothing to do: the instance already matched.</summary>
    Skipped,
}
