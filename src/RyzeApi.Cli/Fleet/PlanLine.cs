namespace RyzeApi.Cli;

/// <summary>One instance of <c>ryze plan -o json</c>: what apply would do and which fields change (secrets show as set/unset by the SDK).</summary>
internal sealed record PlanLine
{
    public required string Name { get; init; }

    public required FleetAction Action { get; init; }

    public required IReadOnlyList<string> Changes { get; init; }

    public static PlanLine From(FleetChange change) => new()
    {
        Name = change.Name,
        Action = change.Action,
        Changes = change.Blocks
            .SelectMany(block => block.Fields.Select(field => $"{block.Block}{(block.Label is null ? "" : $".{block.Label}")}.{field.Field}: {field.OldValue ?? "(none)"} -> {field.NewValue ?? "(none)"}"))
            .ToList(),
    };
}
