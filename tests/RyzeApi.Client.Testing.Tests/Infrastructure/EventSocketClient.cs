using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace RyzeApi.Client.Testing.Tests.Infrastructure;

/// <summary>A plain <see cref="ClientWebSocket"/> on the fake's <c>/ws/:instance</c>, reading one frame at a time.</summary>
public sealed class EventSocketClient : IDisposable
{
    private static readonly TimeSpan FrameTimeout = TimeSpan.FromSeconds(10);

    private EventSocketClient(ClientWebSocket socket) => Socket = socket;

    public ClientWebSocket Socket { get; }

    public static async Task<EventSocketClient> ConnectAsync(FakeRyzeServer server, string instance, string token, bool inQuery = false)
    {
        var socket = new ClientWebSocket();
        var uri = new UriBuilder(server.BaseAddress) { Scheme = "ws", Path = $"/ws/{instance}", Query = inQuery ? $"token={token}" : "" }.Uri;
        if (!inQuery)
        {
            socket.Options.SetRequestHeader("token", token);
        }

        socket.Options.CollectHttpResponseDetails = true;
        await socket.ConnectAsync(uri, CancellationToken.None);
        return new EventSocketClient(socket);
    }

    public async Task<JsonNode> ReceiveAsync()
    {
        using var timeout = new CancellationTokenSource(FrameTimeout);
        var buffer = new byte[64 * 1024];
        var text = new StringBuilder();
        WebSocketReceiveResult result;
        do
        {
            result = await Socket.ReceiveAsync(buffer, timeout.Token);
            text.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
        }
        while (!result.EndOfMessage);

        result.MessageType.Should().Be(WebSocketMessageType.Text);
        return JsonNode.Parse(text.ToString())!;
    }

    public void Dispose() => Socket.Dispose();
}
