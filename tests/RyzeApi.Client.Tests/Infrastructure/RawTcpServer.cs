using System.Net;
using System.Net.Sockets;
using System.Text;

namespace RyzeApi.Client.Tests.Infrastructure;

/// <summary>
/// A loopback listener for failures WireMock cannot stage: it reads each request and then resets the connection (RST),
/// never answers, or sends an answer of the test's choosing (a body cut half-way) and closes. It counts connections, so
/// "sent exactly once" is observable even when no answer was logged.
/// </summary>
public sealed class RawTcpServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly List<Socket> _held = [];
    private int _accepted;

    /// <summary>Resets (<paramref name="reset"/>) or holds every connection once its request has arrived.</summary>
    public RawTcpServer(bool reset)
        : this(_ => Task.FromResult<byte[]?>(reset ? [] : null))
    {
    }

    /// <summary>
    /// Answers the request on connection n (from 0) with the bytes <paramref name="answer"/> gives for n and closes the
    /// connection; empty bytes reset it, null holds it open unanswered.
    /// </summary>
    public RawTcpServer(Func<int, Task<byte[]?>> answer)
    {
        _listener.Start();
        _ = Task.Run(() => AcceptAsync(answer));
    }

    public Uri BaseAddress => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}");

    public int Accepted => Volatile.Read(ref _accepted);

    /// <summary>A 200 answer with a JSON body; <paramref name="cut"/> sends the full <c>Content-Length</c> but half the body.</summary>
    public static byte[] Ok(string json, bool cut)
    {
        var body = Encoding.UTF8.GetBytes(json);
        var head = Encoding.ASCII.GetBytes(
            $"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n");
        return [.. head, .. body.AsSpan(0, cut ? body.Length / 2 : body.Length)];
    }

    /// <summary>A complete JSON answer with any status line (e.g. <c>404 Not Found</c>); <paramref name="headers"/> are extra lines, each ending in CRLF.</summary>
    public static byte[] Json(string status, string json, string headers = "")
    {
        var body = Encoding.UTF8.GetBytes(json);
        var head = Encoding.ASCII.GetBytes(
            $"HTTP/1.1 {status}\r\nContent-Type: application/json\r\n{headers}Content-Length: {body.Length}\r\nConnection: close\r\n\r\n");
        return [.. head, .. body];
    }

    /// <summary>An answer whose body is sent as is, labelled with <paramref name="contentEncoding"/> (e.g. <c>gzip</c>).</summary>
    public static byte[] Labelled(string status, string contentType, string contentEncoding, string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var head = Encoding.ASCII.GetBytes(
            $"HTTP/1.1 {status}\r\nContent-Type: {contentType}\r\nContent-Encoding: {contentEncoding}\r\nContent-Length: {bytes.Length}\r\nConnection: close\r\n\r\n");
        return [.. head, .. bytes];
    }

    public void Dispose()
    {
        _listener.Stop();
        lock (_held)
        {
            _held.ForEach(socket => socket.Dispose());
        }
    }

    private async Task AcceptAsync(Func<int, Task<byte[]?>> answer)
    {
        try
        {
            while (true)
            {
                var socket = await _listener.AcceptSocketAsync();
                lock (_held)
                {
                    _held.Add(socket);
                }

                _ = AnswerAsync(socket, Interlocked.Increment(ref _accepted) - 1, answer);
            }
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
        {
            // stopped
        }
    }

    private static async Task AnswerAsync(Socket socket, int connection, Func<int, Task<byte[]?>> answer)
    {
        try
        {
            await ReadRequestAsync(socket);
            var bytes = await answer(connection);
            if (bytes is null)
            {
                return; // held until Dispose
            }

            if (bytes.Length == 0)
            {
                socket.LingerState = new LingerOption(true, 0);
            }
            else
            {
                await socket.SendAsync(bytes);
                socket.Shutdown(SocketShutdown.Send); // a clean end (FIN) where the body should have gone on
            }

            socket.Dispose();
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
        {
            // the client went away or the server stopped
        }
    }

    /// <summary>Reads the whole request (head and <c>Content-Length</c> body), so closing never turns into a reset.</summary>
    private static async Task ReadRequestAsync(Socket socket)
    {
        var received = new List<byte>();
        var buffer = new byte[8192];
        int headEnd;
        while ((headEnd = IndexOfHeadEnd(received)) < 0)
        {
            var read = await socket.ReceiveAsync(buffer);
            if (read == 0)
            {
                return;
            }

            received.AddRange(buffer.AsSpan(0, read));
        }

        var head = Encoding.ASCII.GetString([.. received], 0, headEnd);
        var length = head.Split("\r\n").Select(line => line.Split(':', 2)).Where(p => p.Length == 2 && p[0].Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            .Select(p => int.Parse(p[1].Trim(), System.Globalization.CultureInfo.InvariantCulture)).FirstOrDefault();
        for (var left = headEnd + 4 + length - received.Count; left > 0;)
        {
            var read = await socket.ReceiveAsync(buffer);
            if (read == 0)
            {
                return;
            }

            left -= read;
        }
    }

    private static int IndexOfHeadEnd(List<byte> bytes)
    {
        for (var i = 0; i + 3 < bytes.Count; i++)
        {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n' && bytes[i + 2] == '\r' && bytes[i + 3] == '\n')
            {
                return i;
            }
        }

        return -1;
    }
}
