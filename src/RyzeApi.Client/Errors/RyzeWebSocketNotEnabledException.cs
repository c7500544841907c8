namespace RyzeApi.Client;

/// <summary>
/// The WebSocket upgrade was refused with 400 because the instance's WebSocket is not enabled: enable it with
/// <c>client.Events.ConfigureWebSocketAsync(name, new WebSocketConfig())</c>, then stream again.
/// </summary>
public sealed class RyzeWebSocketNotEnabledException : RyzeApiException
{
    /// <inheritdoc cref="RyzeApiException(RyzeErrorDetails, Exception?)"/>
    public RyzeWebSocketNotEnabledException(RyzeErrorDetails details, Exception? innerException = null)
        : base(details, innerException)
    {
    }
}
