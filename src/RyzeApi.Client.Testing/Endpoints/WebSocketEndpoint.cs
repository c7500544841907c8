using System.Net.WebSockets;
using System.Text;
using Microsoft.AspNetCore.Http;
using RyzeApi.Client.Testing.Events;
using RyzeApi.Client.Testing.Json;
using RyzeApi.Client.Testing.Pipeline;

namespace RyzeApi.Client.Testing.Endpoints;

/// <summary>
/// <c>GET /ws/:instance</c> (SPEC §3.5): the token by header or <c>?token=</c>; 400 before the upgrade unless the
/// WebSocket is enabled; then every event of the instance as one JSON text frame, until either side closes.
/// </summary>
internal static class WebSocketEndpoint
{
    public static async Task HandleAsync(HttpContext context, FakeContext fake)
    {
        var name = context.Request.RouteValues["instance"] as string ?? "";
        Reply? refused;
        EventSocket? socket = null;
        lock (fake.Store.Gate)
        {
            refused = Authenticator.Resolve(context, fake, name, accountOnly: false, out var record)
                ?? (!record.Websocket.Enabled ? Reply.Error(StatusCodes.Status400BadRequest, Messages.WebSocketNotEnabled(name))
                : !context.WebSockets.IsWebSocketRequest ? Reply.Error(StatusCodes.Status400BadRequest, Messages.UpgradeRequired)
                : null);
            if (refused is null)
            {
                socket = fake.Events.Open(name); // before the upgrade completes, so no event in between is missed
            }
        }

        if (refused is not null)
        {
            await refused.WriteAsync(context).ConfigureAwait(false);
            return;
        }

        try
        {
            using var webSocket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
            await PumpAsync(webSocket, socket!, fake.Stopping).ConfigureAwait(false);
        }
        finally
        {
            fake.Events.Close(socket!);
        }
    }

    private static async Task PumpAsync(WebSocket webSocket, EventSocket socket, CancellationToken stopping)
    {
        using var ending = CancellationTokenSource.CreateLinkedTokenSource(stopping, socket.Dropped);
        var closedByClient = ReceiveUntilCloseAsync(webSocket, ending);
        try
        {
            await foreach (var frame in socket.Frames.Reader.ReadAllAsync(ending.Token).ConfigureAwait(false))
            {
                await webSocket.SendAsync(Encoding.UTF8.GetBytes(frame), WebSocketMessageType.Text, endOfMessage: true, ending.Token).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // Dropped by the test, closed by the client or the server stopping.
        }

        if (socket.Dropped.IsCancellationRequested || stopping.IsCancellationRequested)
        {
            webSocket.Abort(); // a dropped connection, not a close handshake
        }
        else if (webSocket.State == WebSocketState.CloseReceived)
        {
            await webSocket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None).ConfigureAwait(false);
        }

        await closedByClient.ConfigureAwait(false);
    }

    /// <summary>Reads (and ignores) what the client sends; its close ends the pump.</summary>
    private static async Task ReceiveUntilCloseAsync(WebSocket webSocket, CancellationTokenSource ending)
    {
        var buffer = new byte[1024];
        try
        {
            while (webSocket.State == WebSocketState.Open)
            {
                var received = await webSocket.ReceiveAsync(buffer, ending.Token).ConfigureAwait(false);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // The pump's end, or the connection dropped.
        }

        await ending.CancelAsync().ConfigureAwait(false);
    }
}
