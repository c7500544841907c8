namespace RyzeApi.Client;

/// <summary>The token is valid but not allowed to do this (403): another instance's token, or the account's instance quota is used up.</summary>
public sealed class RyzeForbiddenException : RyzeApiException
{
    private const string QuotaExceededMessage = "Account instance quota exceeded";

    /// <inheritdoc cref="RyzeApiException(RyzeErrorDetails, Exception?)"/>
    public RyzeForbiddenException(RyzeErrorDetails details, Exception? innerException = null)
        : base(details, innerException)
    {
    }

    /// <summary><see langword="true"/> when the account has reached its instance quota (<c>Account instance quota exceeded</c>).</summary>
    public bool IsQuotaExceeded => string.Equals(ErrorMessage, QuotaExceededMessage, StringComparison.Ordinal);
}
