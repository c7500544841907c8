namespace RyzeApi.Client.AspNetCore;

/// <summary>The answer of <see cref="IRyzeEventDeduplicationStore.TryClaimAsync"/>.</summary>
public enum RyzeEventClaim
{
    /// <summary>Not known; treated as <see cref="Duplicate"/>.</summary>
    Unknown = 0,

    /// <summary>First delivery: run the handlers.</summary>
    Claimed,

    /// <summary>An earlier delivery's handlers threw: run them again (<see cref="RyzeEventContext.IsRedelivery"/>).</summary>
    ClaimedAfterFailure,

    /// <summary>Handled already, or being handled right now: skip it.</summary>
    Duplicate,
}
