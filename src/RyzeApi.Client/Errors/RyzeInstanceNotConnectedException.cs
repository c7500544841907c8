namespace RyzeApi.Client;

/// <summary>
/// The instance is not connected to WhatsApp (<c>Instance is not connected to WhatsApp</c>, answered as 400, 503 or in a
/// 2xx body): an answer, not an outage, so the SDK does not resend the call. Connect or reconnect the instance first.
/// </summary>
public sealed class RyzeInstanceNotConnectedException : RyzeApiException
{
    /// <inheritdoc cref="RyzeApiException(RyzeErrorDetails, Exception?)"/>
    public RyzeInstanceNotConnectedException(RyzeErrorDetails details, Exception? innerException = null)
        : base(details, innerException)
    {
    }
}
