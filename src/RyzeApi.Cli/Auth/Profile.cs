namespace RyzeApi.Cli;

/// <summary>A saved login: the account token and, when given at login, the RyzeAPI address.</summary>
internal sealed record Profile
{
    public string? Token { get; init; }

    public Uri? BaseUrl { get; init; }

    // The token is the one thing this record must never print.
    public override string ToString() => $"Profile {{ BaseUrl = {BaseUrl}, Token = {(Token is null ? "(none)" : "***")} }}";
}
