namespace RyzeApi.Cli;

/// <summary>What <c>ryze auth status</c> reports; says where the token comes from, never the token.</summary>
internal sealed record AuthStatus
{
    public required string Profile { get; init; }

    public required Uri BaseUrl { get; init; }

    public required string TokenSource { get; init; }

    public required int Instances { get; init; }
}
