namespace RyzeApi.Cli;

/// <summary>One line of <c>ryze instance connect -o json</c>: a new code to show, or the final state.</summary>
internal sealed record ConnectUpdate
{
    public required string State { get; init; }

    public string? QrCode { get; init; }

    public string? PairingCode { get; init; }

    public string? Number { get; init; }
}
