namespace RyzeApi.Client;

/// <summary>The token is missing or invalid (401), e.g. <c>Invalid token</c>, or an instance token was used where the account token is required.</summary>
public sealed class RyzeAuthenticationException : RyzeApiException
{
    /// <inheritdoc cref="RyzeApiException(RyzeErrorDetails, Exception?)"/>
    public RyzeAuthenticationException(RyzeErrorDetails details, Exception? innerException = null)
        : base(details, innerException)
    {
    }
}
