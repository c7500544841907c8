using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using RyzeApi.Client.Tests.Infrastructure;
using WireMock.ResponseBuilders;

namespace RyzeApi.Client.Tests;

/// <summary>
/// A client built with <c>new</c> (over the shared handler, a handler or an <see cref="HttpClient"/> of the partner's) and
/// one resolved from DI send the same requests, read compressed answers, retry alike and share one rate-limit window.
/// </summary>
public sealed class RyzeClientConstructionTests : IDisposable
{
    private const string SettingsPath = "/api/instance/getSettings/sales";
    private readonly RyzeTestServer _server = new();
    private readonly List<IDisposable> _owned = [];

    public static TheoryData<string> Paths => ["new", "new with a handler", "new with an HttpClient", "DI"];

    public void Dispose()
    {
        _owned.ForEach(owned => owned.Dispose());
        _server.Dispose();
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Every_path_retries_a_503_and_reads_a_gzip_answer_with_the_same_headers(string path)
    {
        _server.Server.RespondInSequence(
            SettingsPath,
            Response.Create().WithStatusCode(503).WithBody("""{"success":false,"error":{"message":"down"}}"""),
            Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithHeader("Content-Encoding", "gzip")
                .WithBody(Gzip("""{"success":true,"settings":{"autoRejectCalls":true}}""")));

        var settings = await Build(path)[0].Instances.GetSettingsAsync("sales");

        settings.AutoRejectCalls.Should().BeTrue();
        var sent = _server.Requests.Select(r => r.RequestMessage.Headers!).ToList();
        sent.Should().HaveCount(2, "the 503 is retried once, on every path");
        sent.Should().AllSatisfy(headers =>
        {
            headers["token"].Should().Equal(RyzeTestServer.AccountToken);
            headers["User-Agent"].Single().Should().StartWith("RyzeApi.Client/");
            headers["Accept-Encoding"].Single().Should().Be("gzip, deflate, br");
        });
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task A_window_one_client_used_up_holds_back_another_client_built_the_same_way(string path)
    {
        var reset = DateTimeOffset.UtcNow.AddMinutes(5).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        _server.Respond("GET", "/api/instance/list", 200, """{"success":true,"instances":[]}""", ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset", reset));
        var clients = Build(path);
        await clients[0].Instances.ListAsync();

        var act = () => clients[1].Instances.ListAsync();

        await act.Should().ThrowAsync<RyzeRateLimitException>("the window resets in five minutes, beyond MaxRateLimitWait");
        _server.Requests.Should().HaveCount(1, "the second client did not send");
    }

    /// <summary>Two clients of the same server and token, built the way <paramref name="path"/> names.</summary>
    private RyzeClient[] Build(string path)
    {
        var options = new RyzeClientOptions { BaseAddress = _server.BaseAddress, AccountToken = RyzeTestServer.AccountToken, RetryBaseDelay = TimeSpan.FromMilliseconds(1) };
        switch (path)
        {
            case "new":
                return [new RyzeClient(options), new RyzeClient(options)];
            case "new with a handler":
                var handler = Own(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All });
                return [new RyzeClient(options, handler), new RyzeClient(options, handler)];
            case "new with an HttpClient":
                var http = Own(new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All }) { Timeout = Timeout.InfiniteTimeSpan });
                return [new RyzeClient(options, http), new RyzeClient(options, http)];
            default:
                var services = new ServiceCollection();
                services.AddRyzeApiClient(o => Copy(options, o));
                services.AddRyzeApiClient("second", o => Copy(options, o));
                var provider = Own(services.BuildServiceProvider());
                return [provider.GetRequiredService<RyzeClient>(), provider.GetRequiredService<IRyzeClientFactory>().CreateClient("second")];
        }
    }

    private static void Copy(RyzeClientOptions from, RyzeClientOptions to)
    {
        (to.BaseAddress, to.AccountToken, to.RetryBaseDelay) = (from.BaseAddress, from.AccountToken, from.RetryBaseDelay);
    }

    private T Own<T>(T disposable)
        where T : IDisposable
    {
        _owned.Add(disposable);
        return disposable;
    }

    private static byte[] Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return buffer.ToArray();
    }
}
