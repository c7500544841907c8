using System.Net;
using System.Net.Sockets;

namespace RyzeApi.Client.Tests.Infrastructure;

/// <summary>
/// A loopback listener for failures WireMock cannot stage: it reads each request and then either resets the connection
/// (RST) or never answers. It counts connections, so "sent exactly once" is observable even when no answer was logged.
/// </summary>
public sealed class RawTcpServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly List<Socket> _held = [];
    private int _accepted;

    public RawTcpServer(bool reset)
    {
        _listener.Start();
        _ = Task.Run(() => AcceptAsync(reset));
    }

    public Uri BaseAddress => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}");

    public int Accepted => Volatile.Read(ref _accepted);

    public void Dispose()
    {
        _listener.Stop();
        lock (_held)
        {
            _held.ForEach(socket => socket.Dispose());
        }
    }

    private async Task AcceptAsync(bool reset)
    {
        try
        {
            while (true)
            {
                var socket = await _listener.AcceptSocketAsync();
                Interlocked.Increment(ref _accepted);
                await socket.ReceiveAsync(new byte[8192]);
                if (reset)
                {
                    socket.LingerState = new LingerOption(true, 0);
                    socket.Dispose();
                }
                else
                {
                    lock (_held)
                    {
                        _held.Add(socket);
                    }
                }
            }
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
        {
            // stopped
        }
    }
}
