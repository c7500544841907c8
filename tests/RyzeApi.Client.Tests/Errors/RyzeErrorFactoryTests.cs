using System.Net;
using RyzeApi.Client.Tests.Infrastructure;

namespace RyzeApi.Client.Tests.Errors;

public sealed class RyzeErrorFactoryTests : IDisposable
{
    private const string DeletePath = "/api/instance/delete/sales";
    private const string SettingsPath = "/api/instance/getSettings/sales";

    private readonly RyzeTestServer _server = new();

    public void Dispose() => _server.Dispose();

    public static TheoryData<int, Type> StatusTable => new()
    {
        { 400, typeof(RyzeBadRequestException) },
        { 401, typeof(RyzeAuthenticationException) },
        { 403, typeof(RyzeForbiddenException) },
        { 404, typeof(RyzeNotFoundException) },
        { 409, typeof(RyzeConflictException) },
        { 429, typeof(RyzeRateLimitException) },
        { 500, typeof(RyzeServerException) },
        { 501, typeof(RyzeServerException) },
        { 503, typeof(RyzeServerException) },
        { 418, typeof(RyzeApiException) },
    };

    [Theory]
    [MemberData(nameof(StatusTable))]
    public async Task Each_error_status_maps_to_its_exception_type(int status, Type expected)
    {
        _server.Respond("DELETE", DeletePath, status, """{"success":false,"error":{"message":"Something specific"}}""");

        var error = await Catch(() => _server.Instances().DeleteAsync("sales"));

        error.Should().BeOfType(expected);
        error.StatusCode.Should().Be((HttpStatusCode)status);
        error.ErrorMessage.Should().Be("Something specific");
        error.Method.Should().Be("DELETE");
        error.Path.Should().Be(DeletePath);
        error.Details.BodySnippet.Should().Be("""{"success":false,"error":{"message":"Something specific"}}""");
        error.ToString().Should().NotContain(RyzeTestServer.AccountToken);
    }

    [Fact]
    public async Task Quota_exceeded_is_flagged_on_the_forbidden_exception()
    {
        _server.Respond("POST", "/api/instance/new", 403, """{"success":false,"error":{"message":"Account instance quota exceeded"}}""");

        var error = await Catch(() => _server.Instances().CreateAsync(new CreateInstanceRequest { Name = "sales" }));

        error.Should().BeOfType<RyzeForbiddenException>().Which.IsQuotaExceeded.Should().BeTrue();
    }

    [Fact]
    public async Task Other_forbidden_answers_are_not_quota_exceeded()
    {
        _server.Respond("DELETE", DeletePath, 403, """{"success":false,"error":{"message":"Instance token does not match"}}""");

        var error = await Catch(() => _server.Instances().DeleteAsync("sales"));

        error.Should().BeOfType<RyzeForbiddenException>().Which.IsQuotaExceeded.Should().BeFalse();
    }

    [Fact]
    public async Task Rate_limit_exception_carries_the_rate_limit_headers()
    {
        var resetsAt = DateTimeOffset.UtcNow.AddHours(1);
        var reset = resetsAt.ToUnixTimeSeconds();
        _server.Respond("DELETE", DeletePath, 429, """{"success":false,"error":{"message":"Rate limit exceeded. Try again later."}}""",
            ("X-RateLimit-Limit", "100"), ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset", reset.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var error = await Catch(() => _server.Instances().DeleteAsync("sales"));

        var limited = error.Should().BeOfType<RyzeRateLimitException>().Subject;
        limited.RateLimit.Should().Be(new RateLimitInfo { Limit = 100, Remaining = 0, ResetsAt = DateTimeOffset.FromUnixTimeSeconds(reset) });
        limited.RetryAfter.Should().BePositive().And.BeLessThanOrEqualTo(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(5));
        limited.Message.Should().Be("RyzeAPI returned 429 (Too Many Requests) for DELETE /api/instance/delete/sales: Rate limit exceeded. Try again later.");
    }

    [Fact]
    public async Task Html_error_page_keeps_status_and_snippet()
    {
        _server.RespondRaw("GET", SettingsPath, 502, "<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html");

        var error = await Catch(() => _server.Instances().GetSettingsAsync("sales"));

        error.Should().BeOfType<RyzeServerException>();
        error.ErrorMessage.Should().BeNull();
        error.Details.BodySnippet.Should().Be("<html><body><h1>502 Bad Gateway</h1></body></html>");
        error.Message.Should().Be("RyzeAPI returned 502 (Bad Gateway) for GET /api/instance/getSettings/sales: no error message in the response");
        error.MayHaveBeenProcessed.Should().BeTrue();
    }

    [Fact]
    public async Task Empty_error_body_says_so()
    {
        _server.Respond("GET", SettingsPath, 401, string.Empty);

        var error = await Catch(() => _server.Instances().GetSettingsAsync("sales"));

        error.Should().BeOfType<RyzeAuthenticationException>();
        error.Details.BodySnippet.Should().BeNull();
        error.Message.Should().Be("RyzeAPI returned 401 (Unauthorized) for GET /api/instance/getSettings/sales: empty response body");
        error.MayHaveBeenProcessed.Should().BeFalse();
    }

    [Fact]
    public async Task Success_false_in_a_2xx_answer_is_an_error()
    {
        const string Body = """{"success":false,"error":{"message":"Instance is not connected to WhatsApp"}}""";
        _server.Respond("GET", SettingsPath, 200, Body);

        var error = await Catch(() => _server.Instances().GetSettingsAsync("sales"));

        error.StatusCode.Should().Be(HttpStatusCode.OK);
        error.ErrorMessage.Should().Be("Instance is not connected to WhatsApp");
        error.Details.BodySnippet.Should().Be(Body);
        error.Message.Should().Be("RyzeAPI returned 200 (OK) for GET /api/instance/getSettings/sales: Instance is not connected to WhatsApp");
        error.MayHaveBeenProcessed.Should().BeFalse("the body was read, and it said the call failed");
    }

    [Theory]
    [InlineData(SettingsPath, "<html>maintenance</html>")]
    [InlineData(SettingsPath, """{"success":true,"settings":{"autoRejectCalls":tr""")]
    [InlineData(SettingsPath, """{"success":true,"settings":[true,false]}""")]
    [InlineData(SettingsPath, """{"success":true,"message":"Settings retrieved successfully"}""")]
    [InlineData(SettingsPath, "null")]
    [InlineData("/api/instance/list", """{"success":true,"message":"2 Instances found"}""")]
    [InlineData("/api/instance/list", """{"success":true,"instances":{"name":"sales"}}""")]
    [InlineData("/api/instance/connect/sales", "[1,2,3]")]
    public async Task Unreadable_2xx_body_is_a_RyzeApiException_with_status_and_snippet(string path, string body)
    {
        _server.Respond("GET", path, 200, body);
        var client = _server.Instances();

        var error = await Catch(() => path switch
        {
            SettingsPath => (Task)client.GetSettingsAsync("sales"),
            "/api/instance/list" => client.ListAsync(),
            _ => client.ConnectAsync("sales"),
        });

        error.GetType().Should().Be<RyzeApiException>();
        error.StatusCode.Should().Be(HttpStatusCode.OK);
        error.Details.BodySnippet.Should().Be(body);
        error.Message.Should().StartWith($"RyzeAPI returned 200 (OK) for GET {path}: the response body is not the documented JSON");
    }

    [Fact]
    public async Task Empty_2xx_body_where_a_payload_is_needed_is_a_RyzeApiException()
    {
        _server.Respond("GET", SettingsPath, 200, string.Empty);

        var error = await Catch(() => _server.Instances().GetSettingsAsync("sales"));

        error.GetType().Should().Be<RyzeApiException>();
        error.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Long_bodies_are_cut_to_a_512_character_snippet()
    {
        _server.RespondRaw("GET", SettingsPath, 500, new string('x', 5000), "text/plain");

        var error = await Catch(() => _server.Instances().GetSettingsAsync("sales"));

        error.Details.BodySnippet.Should().Be(new string('x', 512));
    }

    [Fact]
    public async Task Refused_connection_is_a_connection_exception_that_may_have_been_processed()
    {
        var port = _server.Server.Port;
        _server.Server.Stop();
        var client = new RyzeClient(new RyzeClientOptions { BaseAddress = new Uri($"http://127.0.0.1:{port}"), AccountToken = RyzeTestServer.AccountToken, MaxRetries = 0 });

        var error = await Catch(() => client.Instances.GetSettingsAsync("sales"));

        error.Should().BeOfType<RyzeConnectionException>().Which.IsTimeout.Should().BeFalse();
        error.StatusCode.Should().BeNull();
        error.MayHaveBeenProcessed.Should().BeTrue();
        error.Message.Should().StartWith("RyzeAPI could not be reached for GET /api/instance/getSettings/sales");
        error.ToString().Should().NotContain(RyzeTestServer.AccountToken);
    }

    [Fact]
    public async Task Malformed_rate_limit_headers_are_ignored_not_thrown()
    {
        _server.Respond("DELETE", DeletePath, 429, """{"success":false,"error":{"message":"Rate limit exceeded. Try again later."}}""",
            ("X-RateLimit-Limit", "100"), ("X-RateLimit-Remaining", "lots"), ("X-RateLimit-Reset", "soon"));

        var error = await Catch(() => _server.Instances().DeleteAsync("sales"));

        var limited = error.Should().BeOfType<RyzeRateLimitException>().Subject;
        limited.RateLimit.Should().Be(new RateLimitInfo { Limit = 100 });
        limited.RetryAfter.Should().BeNull();
    }

    [Fact]
    public async Task The_callers_cancellation_passes_through_untouched()
    {
        _server.Respond("GET", SettingsPath, 200, """{"success":true,"settings":{}}""");
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var act = () => _server.Instances().GetSettingsAsync("sales", cancelled.Token);

        (await act.Should().ThrowAsync<OperationCanceledException>()).Which.Should().NotBeAssignableTo<RyzeApiException>();
    }

    internal static async Task<RyzeApiException> Catch(Func<Task> call)
    {
        var act = async () => await call();
        return (await act.Should().ThrowAsync<RyzeApiException>()).Which;
    }
}
