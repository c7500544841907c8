using System.Net;
using RyzeApi.Client.Testing.Tests.Infrastructure;

namespace RyzeApi.Client.Testing.Tests;

public sealed class S3Tests
{
    private const string Aws = """{"enabled":true,"region":"us-east-1","bucket":"ryzeapi-media","accessKey":"AKIA...","secretKey":"secret-redacted","endpoint":"","pathPrefix":"media/myinstance/"}""";

    [Fact]
    public async Task GetS3_matches_the_documented_example_without_message_and_with_null_secret()
    {
        await using var h = await Harness.StartAsync();
        await h.CreateAsync("sales");
        await h.PostAsync("/api/instance/s3/sales", h.Account, Aws);

        var r = await h.GetAsync("/api/instance/getS3/sales", h.Account);

        r.Status.Should().Be(HttpStatusCode.OK);
        r.Json.ToJsonString().Should().Be(
            """{"success":true,"s3":{"enabled":true,"region":"us-east-1","bucket":"ryzeapi-media","accessKey":"AKIA...","secretKey":null,"endpoint":"","pathPrefix":"media/myinstance/"}}""");
    }

    [Fact]
    public async Task S3_update_answers_the_block_without_secretKey()
    {
        await using var h = await Harness.StartAsync();
        var token = await h.CreateAsync("sales");

        var r = await h.PostAsync("/api/instance/s3/sales", token, Aws);

        r.Status.Should().Be(HttpStatusCode.OK);
        r.Json.ToJsonString().Should().Be(
            """{"success":true,"message":"S3 configuration updated","s3":{"enabled":true,"region":"us-east-1","bucket":"ryzeapi-media","accessKey":"AKIA...","endpoint":"","pathPrefix":"media/myinstance/"}}""");
        h.Server.Instances.Single().S3SecretKey.Should().Be("secret-redacted");
    }

    [Fact]
    public async Task S3_update_with_enabled_false_clears_every_field()
    {
        await using var h = await Harness.StartAsync();
        await h.CreateAsync("sales");
        await h.PostAsync("/api/instance/s3/sales", h.Account, Aws);

        await h.PostAsync("/api/instance/s3/sales", h.Account, """{"enabled":false}""");
        var r = await h.GetAsync("/api/instance/getS3/sales", h.Account);

        r.Json["s3"]!.ToJsonString().Should().Be(
            """{"enabled":false,"region":null,"bucket":null,"accessKey":null,"secretKey":null,"endpoint":null,"pathPrefix":null}""");
        h.Server.Instances.Single().S3SecretKey.Should().BeNull();
    }

    [Fact]
    public async Task S3_update_with_malformed_json_answers_400()
    {
        await using var h = await Harness.StartAsync();
        await h.CreateAsync("sales");

        (await h.PostAsync("/api/instance/s3/sales", h.Account, "{")).ShouldBeError(HttpStatusCode.BadRequest, "Invalid request body");
    }
}
