using System.Net.WebSockets;

namespace RyzeApi.Client;

/// <summary>The outcome of one WebSocket upgrade: an open socket, or a failure worth retrying (and the server's wait, if it gave one).</summary>
internal readonly record struct UpgradeAttempt(ClientWebSocket? Socket, RyzeApiException? Failure, TimeSpan? RetryAfter)
{
    public static UpgradeAttempt Cancelled => default;
}
