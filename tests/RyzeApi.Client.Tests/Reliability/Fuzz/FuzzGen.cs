using CsCheck;

namespace RyzeApi.Client.Tests.Reliability.Fuzz;

/// <summary>CsCheck generators for <see cref="FuzzCase"/>: statuses, bodies, headers and transport faults.</summary>
public static class FuzzGen
{
    private static readonly Gen<int> Status = Gen.Frequency(
        (3, Gen.OneOf(200, 201)),
        (3, Gen.OneOf(400, 401, 403, 404, 408, 409, 429, 500, 502, 503, 504)),
        (1, Gen.Int[100, 599]));

    private static readonly Gen<string?> Seconds = Gen.Frequency(
        (4, Gen.Const((string?)null)),
        (1, Gen.OneOf<string?>("0", "1", "-5", "-1", "99999999999", "2147483648", "9223372036854775807", "1e9", "abc", "", " ", "1.5")),
        (1, Gen.Int.Select(i => (string?)i.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        (1, Gen.OneOf<string?>("Wed, 21 Oct 2015 07:28:00 GMT", "Fri, 31 Dec 9999 23:59:59 GMT", "Mon, 01 Jan 0001 00:00:00 GMT", "not a date")));

    private static readonly Gen<string?> Reset = Gen.Frequency(
        (4, Gen.Const((string?)null)),
        (1, Gen.OneOf<string?>("-1", "0", "253402300800", "99999999999999999999", "9223372036854775807", "-9223372036854775808", "abc", "")),
        (1, Gen.Long.Select(l => (string?)l.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        (1, Gen.Const<string?>(() => DateTimeOffset.UtcNow.AddSeconds(1).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture))));

    private static readonly Gen<string?> ContentType = Gen.OneOf<string?>(
        "application/json", "application/json", null, "text/html", "application/octet-stream", "application/json; charset=utf-16",
        "application/json; charset=bogus", ";;;garbage");

    private static readonly Gen<string?> Date = Gen.Frequency(
        (5, Gen.Const((string?)null)),
        (1, Gen.OneOf<string?>("Mon, 01 Jan 0001 00:00:00 GMT", "Fri, 31 Dec 9999 23:59:59 GMT", "yesterday", "")));

    private static readonly Gen<FuzzBody> Body = Gen.Frequency(
        (4, Gen.Const(FuzzBody.ValidShape)),
        (4, Gen.Const(FuzzBody.WrongShape)),
        (10, Gen.Enum<FuzzBody>()));

    private static readonly Gen<FuzzTransport> Transport = Gen.Frequency(
        (30, Gen.Const(FuzzTransport.Normal)),
        (1, Gen.Enum<FuzzTransport>()));

    public static readonly Gen<FuzzResponse> Response =
        Gen.Select(Status, Body, Gen.Int, ContentType, Seconds, Reset, Gen.OneOf<string?>(null, null, "0", "-1", "abc", "5"), Date, Transport,
            (status, body, seed, type, retryAfter, reset, remaining, date, transport) =>
                new FuzzResponse(status, body, seed, type, retryAfter, reset, remaining, date, transport));

    public static readonly Gen<FuzzCase> Case =
        Gen.Select(Gen.Int[0, FuzzOperations.All.Length - 1], Gen.Int[1, 3], Response, Response, Response,
            (operation, count, first, second, third) => new FuzzCase(operation, new[] { first, second, third }[..count]));
}
