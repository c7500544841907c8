using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;

namespace RyzeApi.Client.Tests.Reliability.Fuzz;

/// <summary>
/// What a failed fuzz case must have thrown, worked out from its input: the exception names a request the server received
/// (or one the throttle refused), and its type and message are those of the answer that request got.
/// </summary>
public static class FuzzOracle
{
    private const int ErrorBodyLimit = 16 * 1024;

    private const string RefusedLocally = "Rate limit exhausted for this token; the call was not sent.";

    // Timers count on the OS's coarse monotonic clock (a few ms per tick on Linux), so the budget's timer may fire a
    // little before the runner's Stopwatch says the budget is spent.
    private static readonly TimeSpan TimerTick = TimeSpan.FromMilliseconds(20);

    private static readonly string[] UnreadableTwoHundredReasons =
    [
        "the response said success: false",
        "the response body is not the documented JSON",
        "the response body could not be decompressed",
    ];

    /// <summary>Null when <paramref name="error"/> is what the input explains; otherwise why it is not.</summary>
    public static string? Explain(FuzzCase fuzz, IReadOnlyList<(string Method, string Path, FuzzResponse Answer)> sent, RyzeApiException error, TimeSpan elapsed)
    {
        if (error.Message == $"RyzeAPI could not be reached for {error.Method} {error.Path}: the call timed out")
        {
            var hung = sent.Any(r => r.Path == error.Path && r.Answer.Transport is FuzzTransport.HangsBeforeHeaders or FuzzTransport.BodyHangsMidway);
            return error is RyzeConnectionException { IsTimeout: true, StatusCode: null } && (hung || elapsed >= FuzzRunner.Options().TotalTimeout - TimerTick)
                ? null
                : $"a timeout without a hanging answer, within the budget (after {elapsed.TotalMilliseconds:F0} ms)";
        }

        if (error.ErrorMessage == RefusedLocally)
        {
            // No permit left: a 429, or a remaining count of zero or less (requests beyond the limit).
            var closed = fuzz.Attempts.Any(a => a.Status == 429 || long.TryParse(a.RateLimitRemaining, NumberStyles.Integer, CultureInfo.InvariantCulture, out var left) && left <= 0);
            return error is RyzeRateLimitException && error.Message == $"RyzeAPI returned 429 (Too Many Requests) for {error.Method} {error.Path}: {RefusedLocally}" && closed
                ? null
                : "a local refusal without an answer that closed the window";
        }

        if (error is RyzeNotFoundException && error.Path == "/api/instance/list"
            && error.Message == "RyzeAPI returned 404 (Not Found) for GET /api/instance/list: Instance not found")
        {
            return sent.Any(r => r.Path == error.Path && r.Answer.Status is >= 200 and <= 299) ? null : "'not in the list' without a list answer";
        }

        var answers = sent.Where(r => r.Method == error.Method && r.Path == error.Path).Select(r => r.Answer).ToList();
        if (answers.Count == 0)
        {
            return $"{error.Method} {error.Path} was never sent";
        }

        var mismatches = answers.Select(answer => Mismatch(answer, error)).ToList();
        return mismatches.Any(m => m is null) ? null : string.Join("; ", mismatches.Distinct());
    }

    private static string? Mismatch(FuzzResponse answer, RyzeApiException error)
    {
        var call = $"{error.Method} {error.Path}";
        if (answer.Transport == FuzzTransport.ThrowsBeforeResponse)
        {
            return Expect(error, typeof(RyzeConnectionException), $"RyzeAPI could not be reached for {call}: the connection failed (HttpRequestException)");
        }

        var status = answer.Status;
        var prefix = $"RyzeAPI returned {status}{Reason(status)} for {call}: ";
        var strings = BodyStrings(answer);
        if (status is >= 200 and <= 299)
        {
            // A body cut off mid-way fails as cut, unless what came before the cut already failed to parse.
            if (answer.Transport == FuzzTransport.BodyCutMidway
                && Expect(error, typeof(RyzeConnectionException), prefix + "the answer's body was cut off (IOException)") is null)
            {
                return null;
            }

            var why = error.Message.StartsWith(prefix, StringComparison.Ordinal) ? error.Message[prefix.Length..] : null;
            var explained = why is not null
                && (strings.Contains(why) || UnreadableTwoHundredReasons.Contains(why) || why.StartsWith("the response body is not the documented JSON: it has ", StringComparison.Ordinal));
            return !explained ? $"'{error.Message}' is not what {Describe(answer)} explains"
                : error.GetType() != ExpectedType(status, error.ErrorMessage) ? $"{error.GetType().Name} for {Describe(answer)}"
                : null;
        }

        // An error status: its body's error.message, else whether the body was empty. An error body is read up to 16 KB,
        // so one cut off before that reads as empty.
        var length = FuzzBodies.Bytes(answer.Body, answer.BodySeed).Length;
        var empty = length == 0 || (answer.Transport == FuzzTransport.BodyCutMidway && length / 2 < ErrorBodyLimit);
        var reason = empty ? "empty response body" : "no error message in the response";
        var expected = error.ErrorMessage is { } message && strings.Contains(message) ? prefix + message : prefix + reason;
        return Expect(error, ExpectedType(status, error.ErrorMessage), expected);
    }

    private static string? Expect(RyzeApiException error, Type type, string message) =>
        error.GetType() != type ? $"{error.GetType().Name}, expected {type.Name}"
        : error.Message != message ? $"'{error.Message}', expected '{message}'"
        : null;

    /// <summary>The documented status table (README's error section).</summary>
    private static Type ExpectedType(int status, string? errorMessage) => status switch
    {
        _ when errorMessage == "Instance is not connected to WhatsApp" => typeof(RyzeInstanceNotConnectedException),
        400 => typeof(RyzeBadRequestException),
        401 => typeof(RyzeAuthenticationException),
        403 => typeof(RyzeForbiddenException),
        404 => typeof(RyzeNotFoundException),
        409 => typeof(RyzeConflictException),
        429 => typeof(RyzeRateLimitException),
        >= 500 and <= 599 => typeof(RyzeServerException),
        _ => typeof(RyzeApiException),
    };

    /// <summary>" (Not Found)" for a status with a name, as the message shows it; nothing for one without.</summary>
    private static string Reason(int status)
    {
        var name = Enum.IsDefined((HttpStatusCode)status) ? ((HttpStatusCode)status).ToString() : null;
        if (name is null)
        {
            return string.Empty;
        }

        var spaced = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0 && char.IsLower(name[i - 1]))
            {
                spaced.Append(' ');
            }

            spaced.Append(name[i]);
        }

        return $" ({spaced})";
    }

    /// <summary>Every JSON string the body holds, as far as it is JSON: the only texts a message may quote from it.</summary>
    private static HashSet<string> BodyStrings(FuzzResponse answer)
    {
        var strings = new HashSet<string>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(FuzzBodies.Bytes(answer.Body, answer.BodySeed), new JsonReaderOptions { MaxDepth = 10_000 });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.String)
                {
                    strings.Add(reader.GetString()!);
                }
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // Not JSON from here on: the strings before it are all a message could quote.
        }

        return strings;
    }

    private static string Describe(FuzzResponse answer) => $"{answer.Status} {answer.Body} ({answer.Transport})";
}
