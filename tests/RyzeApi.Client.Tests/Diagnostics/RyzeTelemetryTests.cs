using System.Diagnostics;
using Microsoft.Extensions.Logging;
using RyzeApi.Client.Tests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace RyzeApi.Client.Tests.Diagnostics;

public sealed class RyzeTelemetryTests : IDisposable
{
    private const string QrSentinel = "2@qr-sentinel-9c1d";
    private readonly TelemetryCapture _capture = new();

    [Fact]
    public async Task Calls_produce_spans_measurements_and_logs_without_secrets()
    {
        using var server = new RyzeTestServer();
        server.Respond("POST", "/api/instance/new", 201, """{"success":true,"instance":{"name":"telemetry-a","token":"inst-secret-55aa","status":"disconnected"}}""");
        server.Respond("GET", "/api/instance/connect/telemetry-a", 200, $$"""{"success":true,"qrCode":"{{QrSentinel}}","status":"qr"}""");
        server.Respond("GET", "/api/instance/getSettings/telemetry-a", 404, """{"success":false,"error":{"message":"Instance not found"}}""");
        server.Server.Given(Request.Create().WithPath("/api/instance/getS3/telemetry-a").UsingGet()).InScenario("429").WillSetStateTo("ok")
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "0").WithBody("""{"success":false,"error":{"message":"Rate limit exceeded. Try again later."}}"""));
        server.Server.Given(Request.Create().WithPath("/api/instance/getS3/telemetry-a").UsingGet()).InScenario("429").WhenStateIs("ok")
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"success":true,"s3":{"enabled":false}}"""));
        server.Respond("GET", "/api/instance/getProxy/telemetry-a", 500, """{"success":false,"error":{"message":"Failed to get proxy configuration"}}""");
        var options = new RyzeClientOptions { BaseAddress = server.BaseAddress, AccountToken = RyzeTestServer.AccountToken, RetryBaseDelay = TimeSpan.FromMilliseconds(1), MaxRetries = 1 };
        var client = new RyzeClient(options, _capture.Loggers);

        await client.Instances.CreateAsync(new CreateInstanceRequest { Name = "telemetry-a", Proxy = new ProxyConfig { Host = "p", Port = 1, Password = "proxy-secret-77" } });
        await client.Instances.ConnectAsync("telemetry-a", new ConnectOptions { PhoneNumber = "5511988887777" });
        await FluentActions.Awaiting(() => client.Instances.GetSettingsAsync("telemetry-a")).Should().ThrowAsync<RyzeNotFoundException>();
        (await client.Instances.GetS3Async("telemetry-a")).Enabled.Should().BeFalse();
        await FluentActions.Awaiting(() => client.Instances.GetProxyAsync("telemetry-a")).Should().ThrowAsync<RyzeServerException>();

        var mine = _capture.StoppedActivities.Where(a => (string?)a.GetTagItem("ryzeapi.instance") == "telemetry-a").ToList();
        mine.Select(a => a.DisplayName).Should().BeEquivalentTo(
            "POST /api/instance/new", "GET /api/instance/connect/{instance}", "GET /api/instance/getSettings/{instance}",
            "GET /api/instance/getS3/{instance}", "GET /api/instance/getProxy/{instance}");
        mine.Single(a => a.DisplayName.Contains("getSettings", StringComparison.Ordinal)).Status.Should().Be(ActivityStatusCode.Error);
        _capture.MeasurementTexts.Should().Contain(m => m.StartsWith("ryzeapi.client.request.duration", StringComparison.Ordinal)
            && m.Contains("url.template=/api/instance/connect/{instance}", StringComparison.Ordinal));
        _capture.Logs.Should().Contain(r => r.Level == LogLevel.Debug && r.Message == "RyzeAPI GET /api/instance/getSettings/{instance} for instance telemetry-a answered 404 (RyzeNotFoundException)");
        _capture.Logs.Should().Contain(r => r.Message.Contains("getS3/{instance}: attempt 2 after 429", StringComparison.Ordinal));
        _capture.Logs.Should().Contain(r => r.Message.Contains("getProxy/{instance}: attempt 2 after 500", StringComparison.Ordinal));
        _capture.MeasurementTexts.Should().Contain(m => m.StartsWith("ryzeapi.client.retries", StringComparison.Ordinal)
            && m.Contains("url.template=/api/instance/getS3/{instance}", StringComparison.Ordinal));

        var everything = string.Join('\n', _capture.Texts());
        foreach (var secret in new[] { RyzeTestServer.AccountToken, "inst-secret-55aa", "proxy-secret-77", QrSentinel, "5511988887777" })
        {
            everything.Should().NotContain(secret);
        }
    }

    public void Dispose() => _capture.Dispose();
}
