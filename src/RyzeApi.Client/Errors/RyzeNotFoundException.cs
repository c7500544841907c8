namespace RyzeApi.Client;

/// <summary>The instance does not exist (404, <c>Instance not found</c>).</summary>
public sealed class RyzeNotFoundException : RyzeApiException
{
    /// <inheritdoc cref="RyzeApiException(RyzeErrorDetails, Exception?)"/>
    public RyzeNotFoundException(RyzeErrorDetails details, Exception? innerException = null)
        : base(details, innerException)
    {
    }
}
