namespace RyzeApi.Client;

/// <summary>The instance name or token is already in use (409, <c>Instance or token already exists</c>).</summary>
public sealed class RyzeConflictException : RyzeApiException
{
    /// <inheritdoc cref="RyzeApiException(RyzeErrorDetails, Exception?)"/>
    public RyzeConflictException(RyzeErrorDetails details, Exception? innerException = null)
        : base(details, innerException)
    {
    }
}
