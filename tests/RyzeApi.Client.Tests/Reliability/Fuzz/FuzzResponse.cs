namespace RyzeApi.Client.Tests.Reliability.Fuzz;

/// <summary>What the fuzzed body of a response is made of; <see cref="FuzzBodies"/> turns it into bytes.</summary>
public enum FuzzBody
{
    ValidShape,
    LargeValidShape,
    WrongShape,
    Truncated,
    Html,
    Binary,
    Empty,
    FiveMegabytes,
    FiveMegabytesBinary,
    JsonNull,
    DeeplyNested,
    SuccessFalse,
}

/// <summary>How the fuzzed response travels: normally, or broken at some point of the exchange.</summary>
public enum FuzzTransport
{
    Normal,
    ThrowsBeforeResponse,
    HangsBeforeHeaders,
    BodyCutMidway,
    BodyHangsMidway,
}

/// <summary>
/// One fuzzed answer to one attempt. Everything random is in the fields, so a failing case prints, shrinks and
/// replays as a regular test (<see cref="FuzzRegressionTests"/>).
/// </summary>
public sealed record FuzzResponse(
    int Status,
    FuzzBody Body,
    int BodySeed,
    string? ContentType,
    string? RetryAfter,
    string? RateLimitReset,
    string? RateLimitRemaining,
    string? Date,
    FuzzTransport Transport = FuzzTransport.Normal)
{
    public static FuzzResponse Ok(FuzzBody body = FuzzBody.ValidShape) => new(200, body, 0, "application/json", null, null, null, null);

    public override string ToString() =>
        $"new FuzzResponse({Status}, FuzzBody.{Body}, {BodySeed}, {Q(ContentType)}, {Q(RetryAfter)}, {Q(RateLimitReset)}, {Q(RateLimitRemaining)}, {Q(Date)}, FuzzTransport.{Transport})";

    private static string Q(string? value) => value is null ? "null" : $"\"{value.Replace("\"", "\\\"", StringComparison.Ordinal)}\"";
}

/// <summary>One fuzz case: an SDK operation and the answers its attempts get (the last one repeats).</summary>
public sealed record FuzzCase(int Operation, IReadOnlyList<FuzzResponse> Attempts)
{
    public override string ToString() =>
        $"{FuzzOperations.Names[Operation]}: [{string.Join(", ", Attempts)}]";
}
