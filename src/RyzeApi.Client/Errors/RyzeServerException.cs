namespace RyzeApi.Client;

/// <summary>
/// RyzeAPI failed internally (5xx). The request may have been processed, except after a 501 (operation not supported): see
/// <see cref="RyzeApiException.MayHaveBeenProcessed"/>.
/// </summary>
public sealed class RyzeServerException : RyzeApiException
{
    /// <inheritdoc cref="RyzeApiException(RyzeErrorDetails, Exception?)"/>
    public RyzeServerException(RyzeErrorDetails details, Exception? innerException = null)
        : base(details, innerException)
    {
    }
}
