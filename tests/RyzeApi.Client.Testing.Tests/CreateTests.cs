using System.Net;
using System.Text.Json.Nodes;
using RyzeApi.Client.Testing.Tests.Infrastructure;

namespace RyzeApi.Client.Testing.Tests;

public sealed class CreateTests
{
    [Fact]
    public async Task Create_returns_201_with_generated_token_and_documented_shape()
    {
        await using var h = await Harness.StartAsync();

        var r = await h.PostAsync("/api/instance/new", h.Account, """{"name":"my-instance"}""");

        r.Status.Should().Be(HttpStatusCode.Created);
        r.Message.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        r.Json["success"]!.GetValue<bool>().Should().BeTrue();
        r.Json["message"]!.GetValue<string>().Should().Be("Instance created");
        var i = r.Json["instance"]!.AsObject();
        i.Select(p => p.Key).Should().Equal(
            "id", "name", "token", "status", "numberJid", "proxy", "webhook", "websocket", "chatwoot", "settings", "s3", "createdAt", "updatedAt");
        i["name"]!.GetValue<string>().Should().Be("my-instance");
        i["token"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace();
        i["status"]!.GetValue<string>().Should().Be("disconnected");
        i["numberJid"].Should().BeNull();
        i["proxy"]!.AsObject().Select(p => p.Key).Should().Equal("enabled", "host", "port", "protocol", "username", "password");
        i["s3"]!.AsObject().Select(p => p.Key).Should().Equal("enabled", "region", "bucket", "accessKey", "secretKey", "endpoint", "pathPrefix");
        i["settings"]!["disableHistorySync"]!.GetValue<bool>().Should().BeTrue();
        i["settings"]!["callRejectMessage"]!.GetValue<string>().Should().BeEmpty();
        i["createdAt"]!.GetValue<string>().Should().Be("2026-04-28T10:30:00Z");
    }

    [Fact]
    public async Task Create_with_all_inline_blocks_stores_them_and_never_returns_secrets()
    {
        await using var h = await Harness.StartAsync();
        const string body = """
            {"name":"full","token":"custom-token","proxyEnabled":true,"proxyHost":"proxy.example.com","proxyPort":"1080",
             "proxyProtocol":"socks5","proxyUsername":"user1","proxyPassword":"proxy-secret",
             "webhookEnabled":true,"webhookURL":"https://myapp.com/webhook","webhookAuthorization":"Bearer hook-secret",
             "webhookByEvents":false,"webhookEvents":["message.exchange","call.update"],"webhookMediaBase64":false,
             "websocketEnabled":true,"websocketEvents":["message.exchange"],"websocketMediaBase64":false,
             "chatwootEnabled":true,"chatwootBaseUrl":"https://chatwoot.example.com","chatwootAccountId":5,
             "chatwootApiToken":"cw-secret","chatwootInboxName":"WhatsApp - Orion",
             "autoRejectCalls":true,"callRejectMessage":"No calls.","ignoreGroupMessages":false,"keepOnlineStatus":true,
             "autoReadMessages":false,"disableHistorySync":false,"ignoreStatus":true,
             "s3Enabled":true,"s3Region":"us-east-1","s3Bucket":"media","s3AccessKey":"AKIA","s3SecretKey":"s3-secret",
             "s3Endpoint":"","s3PathPrefix":"media/full/"}
            """;

        var r = await h.PostAsync("/api/instance/new", h.Account, body);

        r.Status.Should().Be(HttpStatusCode.Created, r.Text);
        var i = r.Json["instance"]!;
        i["token"]!.GetValue<string>().Should().Be("custom-token");
        i["proxy"]!["port"]!.GetValue<string>().Should().Be("1080");
        i["proxy"]!["password"].Should().BeNull();
        i["webhook"]!.ToJsonString().Should().Be("""{"enabled":true,"url":"https://myapp.com/webhook","events":["message.exchange","call.update"]}""");
        i["websocket"]!.ToJsonString().Should().Be("""{"enabled":true,"events":["message.exchange"],"mediaBase64":false}""");
        i["chatwoot"]!["status"]!.GetValue<string>().Should().Be("active");
        i["chatwoot"]!["bridgeIntegrationId"]!.GetValue<string>().Should().StartWith("int_");
        i["chatwoot"]!["accountId"]!.GetValue<long>().Should().Be(5);
        i["settings"]!["callRejectMessage"]!.GetValue<string>().Should().Be("No calls.");
        i["s3"]!["secretKey"].Should().BeNull();
        r.Text.Should().NotContainAny("proxy-secret", "s3-secret", "cw-secret", "hook-secret");
        h.Server.Instances.Single().S3SecretKey.Should().Be("s3-secret");
    }

    [Theory]
    [InlineData("""{"name":"x","chatwootEnabled":true,"chatwootBaseUrl":"https://cw"}""", "chatwootBaseUrl, chatwootAccountId and chatwootApiToken are required when chatwootEnabled is true")]
    [InlineData("""{"name":"x","chatwootEnabled":true,"chatwootBaseUrl":"https://cw","chatwootAccountId":1,"chatwootApiToken":"invalid"}""", "Chatwoot API returned 401 - verifique o chatwootApiToken")]
    public async Task Create_with_failing_chatwoot_still_creates_and_reports_the_error(string body, string error)
    {
        await using var h = await Harness.StartAsync();

        var r = await h.PostAsync("/api/instance/new", h.Account, body);

        r.Status.Should().Be(HttpStatusCode.Created);
        JsonNode.DeepEquals(r.Json["instance"]!["chatwoot"], new JsonObject { ["enabled"] = false, ["status"] = "error", ["error"] = error })
            .Should().BeTrue(r.Text);
    }

    [Theory]
    [InlineData("{not json", "Invalid request body")]
    [InlineData("[1,2]", "Invalid request body")]
    [InlineData("""{"name":"x","proxyPort":1080}""", "Invalid request body")]
    [InlineData("{}", "The 'name' field is required")]
    [InlineData("""{"name":"   "}""", "The 'name' field is required")]
    public async Task Create_rejects_bad_bodies_with_400(string body, string message)
    {
        await using var h = await Harness.StartAsync();

        (await h.PostAsync("/api/instance/new", h.Account, body)).ShouldBeError(HttpStatusCode.BadRequest, message);
        h.Server.Instances.Should().BeEmpty();
    }

    [Theory]
    [InlineData("""{"name":"taken"}""")]
    [InlineData("""{"name":"other","token":"tok-1"}""")]
    public async Task Create_answers_409_on_duplicate_name_or_token(string body)
    {
        await using var h = await Harness.StartAsync();
        await h.CreateAsync("taken", "\"token\":\"tok-1\"");

        (await h.PostAsync("/api/instance/new", h.Account, body)).ShouldBeError(HttpStatusCode.Conflict, "Instance or token already exists");
    }

    [Fact]
    public async Task Create_names_are_case_sensitive()
    {
        await using var h = await Harness.StartAsync();
        await h.CreateAsync("Sales");

        (await h.PostAsync("/api/instance/new", h.Account, """{"name":"sales"}""")).Status.Should().Be(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Create_answers_403_when_the_quota_is_reached()
    {
        await using var h = await Harness.StartAsync(o => o.InstanceQuota = 1);
        await h.CreateAsync("one");

        (await h.PostAsync("/api/instance/new", h.Account, """{"name":"two"}"""))
            .ShouldBeError(HttpStatusCode.Forbidden, "Account instance quota exceeded");
    }

    [Fact]
    public async Task Create_with_an_instance_token_answers_401_invalid_token()
    {
        await using var h = await Harness.StartAsync();
        var token = await h.CreateAsync("one");

        (await h.PostAsync("/api/instance/new", token, """{"name":"two"}""")).ShouldBeError(HttpStatusCode.Unauthorized, "Invalid token");
    }

    [Fact]
    public async Task Create_generates_distinct_tokens()
    {
        await using var h = await Harness.StartAsync();

        var tokens = new[] { await h.CreateAsync("a"), await h.CreateAsync("b") };

        tokens.Should().OnlyHaveUniqueItems().And.NotContain(h.Account);
    }
}
