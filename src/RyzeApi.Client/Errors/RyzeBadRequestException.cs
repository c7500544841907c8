namespace RyzeApi.Client;

/// <summary>RyzeAPI rejected the request as invalid (400), e.g. <c>The 'name' field is required</c>.</summary>
public sealed class RyzeBadRequestException : RyzeApiException
{
    /// <inheritdoc cref="RyzeApiException(RyzeErrorDetails, Exception?)"/>
    public RyzeBadRequestException(RyzeErrorDetails details, Exception? innerException = null)
        : base(details, innerException)
    {
    }
}
