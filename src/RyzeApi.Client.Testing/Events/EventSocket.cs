using System.Threading.Channels;

namespace RyzeApi.Client.Testing.Events;

/// <summary>One open <c>/ws/:instance</c> socket: the frames waiting to be sent, and a switch to drop it.</summary>
internal sealed class EventSocket(string instance) : IDisposable
{
    private readonly CancellationTokenSource _dropped = new();

    public string Instance => instance;

    public Channel<string> Frames { get; } = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Cancelled when a test drops the socket (<see cref="FakeRyzeServer.DisconnectWebSockets"/>).</summary>
    public CancellationToken Dropped => _dropped.Token;

    public void Drop() => _dropped.Cancel();

    public void Dispose() => _dropped.Dispose();
}
