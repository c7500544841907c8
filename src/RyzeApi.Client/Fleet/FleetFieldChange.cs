namespace RyzeApi.Client;

/// <summary>One field a plan changes, as text a person can review; secrets read <c>***</c>.</summary>
public sealed record FleetFieldChange
{
    /// <summary>The field's key in the spec, e.g. <c>port</c>.</summary>
    public required string Field { get; init; }

    /// <summary>The value now, e.g. <c>1080</c> or <c>"No calls."</c>; <see langword="null"/> when there is none.</summary>
    public string? OldValue { get; init; }

    /// <summary>The value the plan writes; <see langword="null"/> when there is none.</summary>
    public string? NewValue { get; init; }
}
