namespace RyzeApi.Client;

/// <summary>Reported after each instance of an apply is done.</summary>
public sealed record FleetProgress
{
    /// <summary>How many instances are done, this one included.</summary>
    public required int Completed { get; init; }

    /// <summary>How many instances the plan holds.</summary>
    public required int Total { get; init; }

    /// <summary>The instance just done.</summary>
    public required FleetInstanceResult Instance { get; init; }
}
