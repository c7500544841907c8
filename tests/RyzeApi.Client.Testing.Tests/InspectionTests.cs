using System.Net;
using RyzeApi.Client.Testing.Tests.Infrastructure;

namespace RyzeApi.Client.Testing.Tests;

public sealed class InspectionTests
{
    [Fact]
    public async Task Requests_records_method_path_query_headers_body_route_and_time()
    {
        await using var h = await Harness.StartAsync();
        await h.CreateAsync("sales");
        await h.GetAsync("/api/instance/list?instanceName=sales", h.Account);

        var create = h.Server.Requests[0];
        create.Method.Should().Be("POST");
        create.Path.Should().Be("/api/instance/new");
        create.Body.Should().Be("""{"name":"sales"}""");
        create.Headers["token"].Should().Be(h.Account);
        create.Time.Should().Be(Harness.Start);
        var list = h.Server.Requests[1];
        list.Query.Should().Be("?instanceName=sales");
        list.Route.Should().Be("GET /api/instance/list");
    }

    [Fact]
    public async Task Request_ToString_masks_token_and_authorization_headers()
    {
        await using var h = await Harness.StartAsync();
        await h.SendAsync(HttpMethod.Get, "/api/instance/list", h.Account, edit: m => m.Headers.Add("Authorization", "Bearer bearer-secret"));

        var text = h.Server.Requests.Single().ToString();

        text.Should().NotContain(h.Account).And.NotContain("bearer-secret").And.Contain("token: ***").And.Contain("/api/instance/list");
    }

    [Fact]
    public async Task Request_ToString_masks_the_secret_fields_of_its_body_but_Body_keeps_them()
    {
        await using var h = await Harness.StartAsync();
        await h.CreateAsync("sales", SecretCreateFields);

        var request = h.Server.Requests.Single();
        var text = request.ToString();

        text.Should().NotContainAny(BodySecrets).And.Contain("\"token\":\"***\"").And.Contain("\"proxyHost\":\"proxy.local\"");
        request.Body.Should().Contain("pw-secret", "Body itself is what tests read, secrets included");
    }

    [Fact]
    public async Task CountRequests_matches_concrete_paths_and_templates()
    {
        await using var h = await Harness.StartAsync();
        await h.CreateAsync("sales");
        await h.CreateAsync("support");
        await h.GetAsync("/api/instance/getS3/sales", h.Account);
        await h.GetAsync("/api/instance/getS3/support", h.Account);

        h.Server.CountRequests("POST /api/instance/new").Should().Be(2);
        h.Server.CountRequests("GET /api/instance/getS3/{instance}").Should().Be(2);
        h.Server.CountRequests("GET /api/instance/getS3/sales").Should().Be(1);
        h.Server.CountRequests("DELETE /api/instance/delete/{instance}").Should().Be(0);
    }

    [Fact]
    public async Task Instances_snapshot_holds_secrets_but_ToString_masks_them()
    {
        await using var h = await Harness.StartAsync();
        await h.CreateAsync("sales", """
            "token":"inst-secret","proxyEnabled":true,"proxyHost":"p","proxyPort":"1","proxyPassword":"pw-secret",
            "webhookEnabled":true,"webhookURL":"https://h","webhookAuthorization":"hook-secret",
            "chatwootEnabled":true,"chatwootBaseUrl":"https://cw","chatwootAccountId":1,"chatwootApiToken":"cw-secret",
            "s3Enabled":true,"s3SecretKey":"s3-secret"
            """);

        var instance = h.Server.Instances.Single();

        instance.Token.Should().Be("inst-secret");
        instance.ProxyPassword.Should().Be("pw-secret");
        instance.ChatwootApiToken.Should().Be("cw-secret");
        instance.WebhookAuthorization.Should().Be("hook-secret");
        instance.ToString().Should().NotContainAny("inst-secret", "pw-secret", "cw-secret", "hook-secret", "s3-secret").And.Contain("***");
    }

    [Fact]
    public async Task Reset_forgets_instances_requests_and_rate_limit_windows()
    {
        await using var h = await Harness.StartAsync(o => o.RateLimitPerMinute = 1);
        await h.CreateAsync("sales");
        await h.GetAsync("/api/instance/list", h.Account);

        h.Server.Reset();

        h.Server.Instances.Should().BeEmpty();
        h.Server.Requests.Should().BeEmpty();
        (await h.GetAsync("/api/instance/list", h.Account)).Status.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Default_options_generate_an_account_token_and_bind_to_loopback()
    {
        await using var fake = await FakeRyzeServer.StartAsync();

        fake.AccountToken.Should().MatchRegex("^[0-9a-f]{32}$");
        fake.BaseAddress.Host.Should().Be("127.0.0.1");
        fake.BaseAddress.Port.Should().BePositive();
        fake.BaseAddress.AbsolutePath.Should().Be("/");
        new FakeRyzeServerOptions().ToString().Should().Contain("***");
    }

    private const string SecretCreateFields = """
        "token":"inst-secret","proxyEnabled":true,"proxyHost":"proxy.local","proxyPort":"1","proxyPassword":"pw-secret",
        "webhookEnabled":true,"webhookURL":"https://h","webhookAuthorization":"hook-secret",
        "chatwootEnabled":true,"chatwootBaseUrl":"https://cw","chatwootAccountId":1,"chatwootApiToken":"cw-secret",
        "s3Enabled":true,"s3Region":"r","s3Bucket":"b","s3AccessKey":"AKIA","s3SecretKey":"s3-secret"
        """;

    private static readonly string[] BodySecrets = ["inst-secret", "pw-secret", "hook-secret", "cw-secret", "s3-secret"];
}
