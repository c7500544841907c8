using RyzeApi.Client.Tests.Infrastructure;

namespace RyzeApi.Client.Tests.Serialization;

/// <summary>The lenient converters, seen through the calls whose answers they read.</summary>
public sealed class ConverterAnswerTests : IDisposable
{
    private readonly RyzeTestServer _server = new();

    public void Dispose() => _server.Dispose();

    [Theory]
    [InlineData("\"1080x\"")]
    [InlineData("\"80 80\"")]
    public async Task A_proxy_port_with_trailing_characters_reads_as_no_port(string port)
    {
        _server.Respond("GET", "/api/instance/getProxy/sales", 200, $$$"""{"success":true,"proxy":{"enabled":true,"host":"h","port":{{{port}}}}}""");

        var proxy = await _server.Instances().GetProxyAsync("sales");

        proxy.Port.Should().BeNull();
    }

    [Fact]
    public async Task A_fractional_count_is_rounded_to_the_nearest_whole_number()
    {
        _server.Respond("GET", "/api/instance/metrics/sales", 200, """{"success":true,"metrics":{"instance":"sales","totalMessages":1522.9999999999998,"messagesSent":7.6}}""");

        var metrics = await _server.Instances().GetMetricsAsync("sales");

        (metrics.TotalMessages, metrics.MessagesSent).Should().Be((1523, 8));
    }
}
