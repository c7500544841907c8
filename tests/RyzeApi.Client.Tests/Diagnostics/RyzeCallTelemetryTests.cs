using System.Diagnostics;
using Microsoft.Extensions.Logging;
using RyzeApi.Client.Diagnostics;
using RyzeApi.Client.Tests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace RyzeApi.Client.Tests.Diagnostics;

/// <summary>
/// One span, measurement and log event per call, around everything it does: the body read and a read sent again
/// included, so a call that throws is never recorded as a success, and one that succeeds never as a failure.
/// </summary>
public sealed class RyzeCallTelemetryTests : IDisposable
{
    private readonly TelemetryCapture _capture = new();

    public void Dispose() => _capture.Dispose();

    [Fact]
    public async Task A_200_that_says_success_false_is_a_failed_call_in_span_measurement_and_log()
    {
        using var server = new RyzeTestServer();
        server.Respond("GET", "/api/instance/getSettings/telemetry-b", 200, """{"success":false,"error":{"message":"Instance not connected"}}""");

        var act = () => Client(server).Instances.GetSettingsAsync("telemetry-b");

        await act.Should().ThrowAsync<RyzeApiException>();
        ShouldBeOneFailedCall("telemetry-b", "RyzeApiException");
    }

    [Fact]
    public async Task A_200_whose_body_cannot_be_read_is_a_failed_call()
    {
        using var server = new RyzeTestServer();
        server.RespondRaw("GET", "/api/instance/getProxy/telemetry-c", 200, "<html><body>Bad gateway</body></html>", "text/html");

        var act = () => Client(server).Instances.GetProxyAsync("telemetry-c");

        await act.Should().ThrowAsync<RyzeApiException>();
        ShouldBeOneFailedCall("telemetry-c", "RyzeApiException");
    }

    [Fact]
    public async Task A_body_cut_after_its_headers_is_a_failed_call()
    {
        using var server = new RawTcpServer(_ => Task.FromResult<byte[]?>(RawTcpServer.Ok(DocumentedAnswers.Settings, cut: true)));

        var act = () => Client(server.BaseAddress, o => o.MaxRetries = 0).Instances.GetSettingsAsync("telemetry-d");

        var cause = (await act.Should().ThrowAsync<RyzeConnectionException>()).Which.InnerException!.GetType().Name;
        ShouldBeOneFailedCall("telemetry-d", cause);
    }

    [Fact]
    public async Task A_read_sent_again_after_a_cut_body_is_one_span_and_one_measurement()
    {
        using var server = new RawTcpServer(n => Task.FromResult<byte[]?>(RawTcpServer.Ok(DocumentedAnswers.Settings, cut: n == 0)));

        await Client(server.BaseAddress).Instances.GetSettingsAsync("telemetry-e");

        server.Accepted.Should().Be(2);
        SpansOf("telemetry-e").Should().ContainSingle().Which.Status.Should().NotBe(ActivityStatusCode.Error);
        DurationsOf("telemetry-e").Should().ContainSingle().Which.Should().NotContain("error.type");
    }

    [Fact]
    public async Task An_error_status_is_the_error_type_of_the_measurement_as_of_the_span()
    {
        using var server = new RyzeTestServer();
        server.Respond("GET", "/api/instance/getS3/telemetry-f", 404, """{"success":false,"error":{"message":"Instance not found"}}""");

        var act = () => Client(server).Instances.GetS3Async("telemetry-f");

        await act.Should().ThrowAsync<RyzeNotFoundException>();
        SpansOf("telemetry-f").Should().ContainSingle().Which.GetTagItem("error.type").Should().Be("404");
        DurationsOf("telemetry-f").Should().ContainSingle().Which.Should().Contain("error.type=404").And.Contain("http.response.status_code=404");
    }

    [Fact]
    public async Task A_delete_sent_again_and_answered_404_is_a_successful_call()
    {
        using var server = new RyzeTestServer();
        var delete = Request.Create().WithPath("/api/instance/delete/telemetry-g").UsingDelete();
        server.Server.Given(delete).InScenario("gone").WillSetStateTo("second")
            .RespondWith(Response.Create().WithStatusCode(503).WithBody("""{"success":false,"error":{"message":"upstream"}}"""));
        server.Server.Given(delete).InScenario("gone").WhenStateIs("second")
            .RespondWith(Response.Create().WithStatusCode(404).WithBody("""{"success":false,"error":{"message":"Instance not found"}}"""));

        await Client(server).Instances.DeleteAsync("telemetry-g");

        SpansOf("telemetry-g").Should().ContainSingle().Which.Status.Should().NotBe(ActivityStatusCode.Error);
        _capture.Logs.Should().NotContain(r => r.Level >= LogLevel.Warning && r.Message.Contains("telemetry-g", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_callers_own_cancellation_is_logged_at_debug_not_as_a_warning()
    {
        using var server = new RyzeTestServer();
        server.Server.Given(Request.Create().WithPath("/api/instance/getSettings/telemetry-h").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithDelay(TimeSpan.FromSeconds(5)).WithBody("""{"success":true,"settings":{}}"""));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        var act = () => Client(server).Instances.GetSettingsAsync("telemetry-h", cancel.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
        _capture.Logs.Where(r => r.Message.Contains("telemetry-h", StringComparison.Ordinal)).Should().ContainSingle()
            .Which.Level.Should().Be(LogLevel.Debug);
    }

    [Fact]
    public async Task Ensure_records_the_404_its_look_up_expects_as_an_answer_not_a_failure()
    {
        using var server = new RyzeTestServer();
        server.Respond("GET", "/api/instance/list", 404, """{"success":false,"error":{"message":"Instance not found"}}""");
        server.Respond("POST", "/api/instance/new", 201, """{"success":true,"instance":{"name":"telemetry-i","token":"t","status":"disconnected"}}""");

        await Client(server).Instances.EnsureAsync(new CreateInstanceRequest { Name = "telemetry-i" });

        var lookUp = SpansAt(server).Should().ContainSingle(a => a.DisplayName == "GET /api/instance/list").Subject;
        lookUp.GetTagItem("http.response.status_code").Should().Be(404);
        lookUp.Status.Should().NotBe(ActivityStatusCode.Error);
        lookUp.GetTagItem("error.type").Should().BeNull();
        _capture.Logs.Should().NotContain(r => r.Level >= LogLevel.Warning);
    }

    [Fact]
    public async Task A_plain_get_of_a_missing_instance_is_a_failed_span_logged_at_Debug()
    {
        using var server = new RyzeTestServer();
        server.Respond("GET", "/api/instance/list", 404, """{"success":false,"error":{"message":"Instance not found"}}""");

        var act = () => Client(server).Instances.GetAsync("telemetry-j");

        await act.Should().ThrowAsync<RyzeNotFoundException>();
        var get = SpansAt(server).Should().ContainSingle().Subject;
        get.GetTagItem("error.type").Should().Be("404");
        get.Status.Should().Be(ActivityStatusCode.Error);
        var logged = _capture.Logs.Where(r => r.Message.StartsWith("RyzeAPI GET /api/instance/list", StringComparison.Ordinal)).Should().ContainSingle().Subject;
        (logged.Level, logged.Id.Id).Should().Be((LogLevel.Debug, 5), "a 404 answers the caller's question; it is no fault to warn about");
    }

    [Fact]
    public async Task Span_and_measurement_name_the_server_and_the_route_template_as_OpenTelemetry_does_for_a_client()
    {
        using var server = new RyzeTestServer();
        server.Respond("GET", "/api/instance/getSettings/telemetry-k", 200, DocumentedAnswers.Settings);

        await Client(server).Instances.GetSettingsAsync("telemetry-k");

        var span = SpansOf("telemetry-k").Should().ContainSingle().Subject;
        span.GetTagItem("server.address").Should().Be(server.BaseAddress.Host);
        span.GetTagItem("server.port").Should().Be(server.BaseAddress.Port);
        span.GetTagItem("url.template").Should().Be("/api/instance/getSettings/{instance}");
        span.GetTagItem("http.route").Should().BeNull("http.route names a server's route; a client's is url.template");
        DurationsOf("telemetry-k").Should().ContainSingle().Which.Should()
            .Contain($"server.address={server.BaseAddress.Host}").And.Contain($"server.port={server.BaseAddress.Port}")
            .And.Contain("url.template=/api/instance/getSettings/{instance}");
    }

    [Fact]
    public async Task A_call_about_no_one_instance_leaves_the_instance_tag_off_its_span()
    {
        using var server = new RyzeTestServer();
        server.Respond("GET", "/api/instance/list", 200, """{"success":true,"instances":[]}""");

        await Client(server).Instances.ListAsync();

        SpansAt(server).Should().ContainSingle().Which.GetTagItem("ryzeapi.instance").Should().BeNull();
    }

    [Fact]
    public void The_duration_histogram_advises_buckets_in_seconds()
    {
        var buckets = RyzeMetrics.Shared.RequestDuration.Advice?.HistogramBucketBoundaries;

        buckets.Should().Equal(0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10, 30, 60, 90);
    }

    private void ShouldBeOneFailedCall(string instance, string errorType)
    {
        var span = SpansOf(instance).Should().ContainSingle().Subject;
        span.Status.Should().Be(ActivityStatusCode.Error);
        span.GetTagItem("error.type").Should().Be(errorType);
        DurationsOf(instance).Should().ContainSingle().Which.Should().Contain($"error.type={errorType}");
        _capture.Logs.Should().Contain(r => r.Level == LogLevel.Warning && r.Message.Contains(instance, StringComparison.Ordinal));
    }

    private List<Activity> SpansOf(string instance) =>
        _capture.StoppedActivities.Where(a => (string?)a.GetTagItem("ryzeapi.instance") == instance).ToList();

    /// <summary>The spans of calls to one test server: list calls name no instance, but each server has its own port.</summary>
    private List<Activity> SpansAt(RyzeTestServer server) =>
        _capture.StoppedActivities.Where(a => Equals(a.GetTagItem("server.port"), server.BaseAddress.Port)).ToList();

    private List<string> DurationsOf(string instance) =>
        _capture.MeasurementTexts.Where(m => m.StartsWith($"ryzeapi.client.request.duration [span instance={instance}]", StringComparison.Ordinal)).ToList();

    private RyzeClient Client(RyzeTestServer server) => Client(server.BaseAddress);

    private RyzeClient Client(Uri baseAddress, Action<RyzeClientOptions>? configure = null)
    {
        var options = new RyzeClientOptions { BaseAddress = baseAddress, AccountToken = RyzeTestServer.AccountToken, RetryBaseDelay = TimeSpan.FromMilliseconds(1) };
        configure?.Invoke(options);
        return new RyzeClient(options, _capture.Loggers);
    }
}
