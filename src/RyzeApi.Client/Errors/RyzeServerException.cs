namespace RyzeApi.Client;

/// <summary>
/// RyzeAPI failed internally (5xx). The request may have been processed, except after a 501 (operation not supported) or a
/// 503 that answers rather than fails (<see cref="IsBridgeNotConfigured"/>): see <see cref="RyzeApiException.MayHaveBeenProcessed"/>.
/// </summary>
public sealed class RyzeServerException : RyzeApiException
{
    /// <inheritdoc cref="RyzeApiException(RyzeErrorDetails, Exception?)"/>
    public RyzeServerException(RyzeErrorDetails details, Exception? innerException = null)
        : base(details, innerException)
    {
    }

    /// <summary>
    /// <see langword="true"/> for the 503 of a module whose bridge (RyzeIntegrations) is not configured on the server, e.g.
    /// <c>integration gateway not configured</c>: an answer, not an outage, so the SDK does not resend the call.
    /// </summary>
    public bool IsBridgeNotConfigured => RyzeErrorMessages.IsBridgeNotConfigured(ErrorMessage);
}
