namespace RyzeApi.Client;

/// <summary>
/// No response arrived: the connection failed or dropped, or the call timed out. The request may still have been
/// processed (<see cref="RyzeApiException.MayHaveBeenProcessed"/> is <see langword="true"/>), except a connect's.
/// </summary>
public sealed class RyzeConnectionException : RyzeApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="details">The call that failed.</param>
    /// <param name="isTimeout">Whether the SDK's timeout ended the call.</param>
    /// <param name="innerException">The transport or timeout exception.</param>
    public RyzeConnectionException(RyzeErrorDetails details, bool isTimeout, Exception? innerException = null)
        : base(details, innerException)
    {
        IsTimeout = isTimeout;
    }

    /// <summary><see langword="true"/> when the SDK's timeout (<see cref="RyzeClientOptions.AttemptTimeout"/>, <see cref="RyzeClientOptions.TotalTimeout"/> or <see cref="RyzeClientOptions.ConnectTimeout"/>) ended the call.</summary>
    public bool IsTimeout { get; }
}
