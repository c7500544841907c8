namespace RyzeApi.Cli;

/// <summary>One instance of <c>ryze apply -o json</c>: what was done and, on failure, why.</summary>
internal sealed record ApplyLine
{
    public required string Name { get; init; }

    public required FleetAction Action { get; init; }

    public required FleetOutcome Outcome { get; init; }

    public string? Error { get; init; }

    public static ApplyLine From(FleetInstanceResult result) => new()
    {
        Name = result.Name,
        Action = result.Action,
        Outcome = result.Outcome,
        Error = result.Error is null ? null : ErrorReport.MessageOf(result.Error),
    };
}
