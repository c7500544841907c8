using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace RyzeApi.Client.AspNetCore.Tests.Infrastructure;

/// <summary>
/// A real Redis for the distributed de-duplication tests: <c>REDIS_URL</c> (host:port) when set, else a
/// <c>redis-server</c> this process starts on a free loopback port, without persistence, and stops on exit.
/// </summary>
public static class RedisServer
{
    private static readonly Lazy<(string? Configuration, string? Problem)> Started = new(Start);

    /// <summary>The StackExchange.Redis configuration string; <see langword="null"/> when Redis could not be reached.</summary>
    public static string? Configuration => Started.Value.Configuration;

    /// <summary>Why there is no Redis, for the skip reason.</summary>
    public static string? Problem => Started.Value.Problem;

    private static (string?, string?) Start()
    {
        if (Environment.GetEnvironmentVariable("REDIS_URL") is { Length: > 0 } url)
        {
            return Ping(url) ? (url, null) : (null, $"REDIS_URL={url} does not answer PING");
        }

        var port = FreePort();
        Process process;
        try
        {
            process = Process.Start(new ProcessStartInfo("redis-server", $"--port {port} --bind 127.0.0.1 --save \"\" --appendonly no")
            {
                RedirectStandardOutput = true,
                UseShellExecute = false,
            })!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (null, $"redis-server could not be started ({e.Message}); install it (apt-get install redis-server) or set REDIS_URL");
        }

        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop(process);
        var endpoint = $"127.0.0.1:{port}";
        for (var attempt = 0; attempt < 100 && !process.HasExited; attempt++)
        {
            if (Ping(endpoint))
            {
                return (endpoint, null);
            }

            Thread.Sleep(50); // waiting for a child process to listen, not test timing
        }

        Stop(process);
        return (null, $"redis-server on {endpoint} did not answer PING within 5 s");
    }

    private static bool Ping(string endpoint)
    {
        try
        {
            var (host, port) = (endpoint[..endpoint.LastIndexOf(':')], int.Parse(endpoint[(endpoint.LastIndexOf(':') + 1)..], System.Globalization.CultureInfo.InvariantCulture));
            using var client = new TcpClient();
            client.Connect(host, port);
            using var stream = client.GetStream();
            stream.Write("PING\r\n"u8);
            var buffer = new byte[16];
            var read = stream.Read(buffer);
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is SocketException or IOException or FormatException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Stop(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill();
        }

        process.Dispose();
    }
}

/// <summary>A fact that needs Redis: skipped, with the reason shown, only when no Redis can be reached or started.</summary>
public sealed class RedisFactAttribute : FactAttribute
{
    public RedisFactAttribute()
    {
        if (RedisServer.Configuration is null)
        {
            Skip = "No Redis: " + RedisServer.Problem;
        }
    }
}
