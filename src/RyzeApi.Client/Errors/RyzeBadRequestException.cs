namespace RyzeApi.Client;

/// <summary>RyzeAPI rejected the request as invalid (400), e.g. <c>The 'name' field is required</c>.</summary>
public sealed class RyzeBadRequestException : RyzeApiException
{
    /// <inheritdoc cref="RyzeApiException(RyzeErrorDetails, Exception?)"/>
    public RyzeBadRequestException(RyzeErrorDetails details, Exception? innerException = null)
        : base(details, innerException)
    {
    }

    /// <summary>
    /// <see langword="true"/> when a reconnect found no saved session (<c>Instance has no saved session ...</c>, either
    /// spelling): the instance never connected or was logged out; connect it instead.
    /// </summary>
    public bool IsNoSavedSession => RyzeErrorMessages.IsNoSavedSession(ErrorMessage);
}
