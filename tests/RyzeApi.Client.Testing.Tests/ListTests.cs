using System.Net;
using RyzeApi.Client.Testing.Tests.Infrastructure;

namespace RyzeApi.Client.Testing.Tests;

public sealed class ListTests
{
    private static string[] Names(ApiResponse r) => r.Json["instances"]!.AsArray().Select(i => i!["name"]!.GetValue<string>()).ToArray();

    [Fact]
    public async Task List_with_account_token_returns_every_instance_with_documented_item_shape()
    {
        await using var h = await Harness.StartAsync();
        await h.CreateAsync("sales");
        await h.CreateAsync("support");

        var r = await h.GetAsync("/api/instance/list", h.Account);

        r.Status.Should().Be(HttpStatusCode.OK);
        r.Json["success"]!.GetValue<bool>().Should().BeTrue();
        r.Json["message"]!.GetValue<string>().Should().Be("2 Instances found");
        Names(r).Should().Equal("sales", "support");
        var item = r.Json["instances"]![0]!.AsObject();
        item.Select(p => p.Key).Should().Equal(
            "id", "name", "token", "status", "connection", "profile", "webhook", "websocket", "chatwoot", "proxy", "settings", "s3", "createdAt", "updatedAt");
        item["connection"]!.AsObject().Select(p => p.Key).Should().Equal("state", "numberJid", "presenceStatus", "displayStatus");
        item["connection"]!["state"]!.GetValue<string>().Should().Be("disconnected");
        item["profile"]!.AsObject().Select(p => p.Key).Should().Equal("name", "pictureUrl", "isBusiness", "businessName");
        item["profile"]!["isBusiness"]!.GetValue<bool>().Should().BeFalse();
        item["proxy"]!.AsObject().ContainsKey("password").Should().BeFalse();
        item["s3"]!["secretKey"].Should().BeNull();
    }

    [Fact]
    public async Task List_with_no_instances_says_0_Instances_found()
    {
        await using var h = await Harness.StartAsync();

        var r = await h.GetAsync("/api/instance/list", h.Account);

        r.Json["message"]!.GetValue<string>().Should().Be("0 Instances found");
        r.Json["instances"]!.AsArray().Should().BeEmpty();
    }

    [Fact]
    public async Task List_filtered_by_one_name_says_1_Instance_found()
    {
        await using var h = await Harness.StartAsync();
        await h.CreateAsync("sales");
        await h.CreateAsync("support");

        var r = await h.GetAsync("/api/instance/list?instanceName=support", h.Account);

        r.Json["message"]!.GetValue<string>().Should().Be("1 Instance found");
        Names(r).Should().Equal("support");
    }

    [Fact]
    public async Task List_filtered_by_one_unknown_name_answers_404()
    {
        await using var h = await Harness.StartAsync();
        await h.CreateAsync("sales");

        (await h.GetAsync("/api/instance/list?instanceName=Sales", h.Account)).ShouldBeError(HttpStatusCode.NotFound, "Instance not found");
    }

    [Fact]
    public async Task List_filtered_by_several_names_ignores_unknown_ones()
    {
        await using var h = await Harness.StartAsync();
        await h.CreateAsync("sales");
        await h.CreateAsync("support");
        await h.CreateAsync("marketing");

        var r = await h.GetAsync("/api/instance/list?instanceName=sales,%20nope,marketing", h.Account);

        Names(r).Should().BeEquivalentTo("sales", "marketing");
    }

    [Fact]
    public async Task List_with_instance_token_returns_only_its_own_instance_and_ignores_the_filter()
    {
        await using var h = await Harness.StartAsync();
        await h.CreateAsync("sales");
        var token = await h.CreateAsync("support");

        var r = await h.GetAsync("/api/instance/list?instanceName=sales", token);

        r.Status.Should().Be(HttpStatusCode.OK);
        Names(r).Should().Equal("support");
    }
}
