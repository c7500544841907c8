using RyzeApi.Client.Tests.Infrastructure;

namespace RyzeApi.Client.Tests.Http;

/// <summary>
/// A body labelled gzip or br that is not (a misconfigured proxy or CDN): the non-DI client decompresses, so the
/// failure comes from the decompressor, and it must still reach the caller as a <see cref="RyzeApiException"/>.
/// </summary>
public sealed class ContentEncodingTests
{
    [Theory]
    [InlineData("gzip")]
    [InlineData("br")]
    public async Task A_2xx_body_that_cannot_be_decompressed_fails_as_an_unreadable_answer(string encoding)
    {
        using var server = new RawTcpServer(_ => Answer(RawTcpServer.Labelled("200 OK", "application/json", encoding, DocumentedAnswers.Settings)));

        var act = () => Client(server).Instances.GetSettingsAsync("sales");

        var thrown = (await act.Should().ThrowExactlyAsync<RyzeApiException>()).Which;
        thrown.StatusCode.Should().Be(System.Net.HttpStatusCode.OK);
        thrown.Message.Should().Contain("could not be decompressed");
        server.Accepted.Should().Be(1, "a body that arrived whole but undecodable is not a dropped connection to read again");
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("br")]
    public async Task A_proxy_502_whose_body_cannot_be_decompressed_is_still_a_server_error(string encoding)
    {
        using var server = new RawTcpServer(_ => Answer(RawTcpServer.Labelled("502 Bad Gateway", "text/html", encoding, "<html><body>502 Bad Gateway</body></html>")));

        var act = () => Client(server).Instances.GetSettingsAsync("sales");

        (await act.Should().ThrowAsync<RyzeServerException>()).Which.StatusCode.Should().Be(System.Net.HttpStatusCode.BadGateway);
    }

    private static Task<byte[]?> Answer(byte[] bytes) => Task.FromResult<byte[]?>(bytes);

    private static RyzeClient Client(RawTcpServer server) =>
        new(new RyzeClientOptions { BaseAddress = server.BaseAddress, AccountToken = RyzeTestServer.AccountToken, MaxRetries = 0 });
}
