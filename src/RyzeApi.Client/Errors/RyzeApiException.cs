using System.Net;

namespace RyzeApi.Client;

/// <summary>
/// The one exception family of the SDK: RyzeAPI answered with an error, or no usable answer arrived.
/// Catch a subtype to handle one case, or this type and filter on <see cref="StatusCode"/>.
/// </summary>
public class RyzeApiException : Exception
{
    /// <summary>Creates the exception from what the SDK knows about the failed call.</summary>
    /// <param name="details">The call and the response (if any) that failed.</param>
    /// <param name="innerException">The transport or parsing exception behind it, if any.</param>
    public RyzeApiException(RyzeErrorDetails details, Exception? innerException = null)
        : base(FormatMessage(details), innerException)
    {
        ArgumentNullException.ThrowIfNull(details);
        Details = details;
    }

    /// <summary>Everything the SDK captured about the failed call.</summary>
    public RyzeErrorDetails Details { get; }

    /// <summary>The HTTP status RyzeAPI answered with; <see langword="null"/> when no response arrived.</summary>
    public HttpStatusCode? StatusCode => Details.StatusCode;

    /// <summary>RyzeAPI's own <c>error.message</c>, when the body carried one.</summary>
    public string? ErrorMessage => Details.ErrorMessage;

    /// <summary>The HTTP method of the failed call, e.g. <c>DELETE</c>.</summary>
    public string Method => Details.Method;

    /// <summary>The path of the failed call, e.g. <c>/api/instance/delete/sales</c>.</summary>
    public string Path => Details.Path;

    /// <summary>
    /// <see langword="true"/> when the server may have acted on the request even though the call failed: a 2xx whose body
    /// could not be read (not one that said <c>success: false</c>), a 5xx other than 501 and the 503s that answer (instance not
    /// connected, bridge not configured), a 429 not from the API's limiter, a timeout or a dropped connection
    /// (but not on a connect, which has no effect unless its answer arrives). For a create, reconcile with
    /// <see cref="InstancesClient.GetAsync(string, CancellationToken)"/> or <see cref="InstancesClient.EnsureAsync"/>.
    /// </summary>
    public bool MayHaveBeenProcessed => (int?)Details.StatusCode switch
    {
        null => !Details.NoEffectUnanswered,
        >= 200 and <= 299 => !Details.ReadAsFailure, // a 2xx acted, unless its body said success: false
        429 => !RyzeErrorMessages.IsLimiter(Details.ErrorMessage, Details.RateLimit), // WhatsApp's throttling, unlike the limiter, came mid-way
        501 => false, // "operation not supported" (SPEC §1.5): the server refused before doing anything
        >= 500 => !RyzeErrorMessages.IsRefusal(Details.ErrorMessage), // "not connected", "bridge not configured": answers
        _ => false,
    };

    private static string FormatMessage(RyzeErrorDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var what = details.StatusCode is { } status
            ? $"RyzeAPI returned {(int)status}{FormatReason(status)}"
            : "RyzeAPI could not be reached";
        var why = details.ErrorMessage ?? details.Reason ?? "no error message in the response";
        return $"{what} for {details.Method} {details.Path}: {why}";
    }

    private static string FormatReason(HttpStatusCode status)
    {
        var name = Enum.IsDefined(status) ? status.ToString() : null;
        if (name is null)
        {
            return string.Empty;
        }

        var spaced = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            // "NotFound" -> "Not Found", but "OK" stays "OK".
            var c = name[i];
            if (char.IsUpper(c) && i > 0 && char.IsLower(name[i - 1]))
            {
                spaced.Append(' ');
            }

            spaced.Append(c);
        }

        return $" ({spaced})";
    }
}
