using System.Net;
using RyzeApi.Client.Testing.Tests.Infrastructure;

namespace RyzeApi.Client.Testing.Tests;

public sealed class ProxyTests
{
    private const string Socks = """{"enabled":true,"host":"proxy.example.com","port":"1080","protocol":"socks5","username":"user1","password":"secret"}""";

    [Fact]
    public async Task GetProxy_without_a_proxy_answers_disabled_with_nulls()
    {
        await using var h = await Harness.StartAsync();
        await h.CreateAsync("sales");

        var r = await h.GetAsync("/api/instance/getProxy/sales", h.Account);

        r.Json.ToJsonString().Should().Be(
            """{"success":true,"message":"Proxy configuration retrieved successfully","proxy":{"enabled":false,"host":null,"port":null,"protocol":null,"username":null}}""");
    }

    [Fact]
    public async Task Proxy_update_stores_it_and_never_returns_the_password()
    {
        await using var h = await Harness.StartAsync();
        var token = await h.CreateAsync("sales");

        var set = await h.PostAsync("/api/instance/proxy/sales", token, Socks);
        var get = await h.GetAsync("/api/instance/getProxy/sales", token);

        set.Status.Should().Be(HttpStatusCode.OK);
        set.Json["message"]!.GetValue<string>().Should().Be("Proxy configuration updated successfully");
        var expected = """{"enabled":true,"host":"proxy.example.com","port":"1080","protocol":"socks5","username":"user1"}""";
        set.Json["proxy"]!.ToJsonString().Should().Be(expected);
        get.Json["proxy"]!.ToJsonString().Should().Be(expected);
        (set.Text + get.Text).Should().NotContain("secret");
        h.Server.Instances.Single().ProxyPassword.Should().Be("secret");
    }

    [Fact]
    public async Task Proxy_update_with_enabled_false_clears_it()
    {
        await using var h = await Harness.StartAsync();
        await h.CreateAsync("sales");
        await h.PostAsync("/api/instance/proxy/sales", h.Account, Socks);

        var r = await h.PostAsync("/api/instance/proxy/sales", h.Account, """{"enabled":false}""");

        r.Json["proxy"]!.ToJsonString().Should().Be("""{"enabled":false,"host":null,"port":null,"protocol":null,"username":null}""");
        h.Server.Instances.Single().ProxyPassword.Should().BeNull();
    }

    [Theory]
    [InlineData("""{"host":"h","port":"1"}""", "The 'enabled' field is required")]
    [InlineData("""{"enabled":true,"host":"h"}""", "The 'host' and 'port' fields are required when the proxy is enabled")]
    [InlineData("""{"enabled":true,"host":"h","port":"1","protocol":"ftp"}""", "The 'protocol' field must be http, https or socks5")]
    [InlineData("""{"enabled":true,"host":"h","port":1080}""", "Invalid request body")]
    public async Task Proxy_update_rejects_invalid_bodies(string body, string message)
    {
        await using var h = await Harness.StartAsync();
        await h.CreateAsync("sales");

        (await h.PostAsync("/api/instance/proxy/sales", h.Account, body)).ShouldBeError(HttpStatusCode.BadRequest, message);
    }
}
