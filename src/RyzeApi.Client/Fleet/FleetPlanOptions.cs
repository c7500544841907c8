namespace RyzeApi.Client;

/// <summary>How <see cref="FleetClient.PlanAsync"/> reads the fleet and how <see cref="FleetClient.ApplyAsync"/> then writes it.</summary>
public sealed record FleetPlanOptions
{
    /// <summary>How many instances are read, and later written, at the same time; the SDK's rate-limit handling paces the requests.</summary>
    /// <value>The default is 4.</value>
    public int MaxConcurrency { get; init; } = 4;

    /// <summary>
    /// Whether blocks holding a secret RyzeAPI never returns (proxy password, S3 secret key, webhook authorization) are
    /// written even when nothing else in them differs, e.g. after the secret was rotated in the environment.
    /// </summary>
    /// <value>The default is <see langword="false"/>: such blocks are written only when another of their fields differs.</value>
    public bool RotateSecrets { get; init; }
}
