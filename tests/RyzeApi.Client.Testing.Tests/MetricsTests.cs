using System.Net;
using System.Text.Json.Nodes;
using RyzeApi.Client.Testing.Tests.Infrastructure;

namespace RyzeApi.Client.Testing.Tests;

public sealed class MetricsTests
{
    [Fact]
    public async Task Metrics_of_one_instance_has_every_documented_field()
    {
        await using var h = await Harness.StartAsync();
        var token = await h.CreateAsync("sales");

        var r = await h.GetAsync("/api/instance/metrics/sales", token);

        r.Status.Should().Be(HttpStatusCode.OK);
        r.Json["message"]!.GetValue<string>().Should().Be("Metrics retrieved successfully");
        var m = r.Json["metrics"]!.AsObject();
        m.Select(p => p.Key).Should().Equal(
            "instance", "totalMessages", "messagesReceived", "messagesSent", "messagesByType", "groupMessages", "individualMessages",
            "messagesWithMedia", "mediaByType", "messagesByStatus", "uniqueChats", "uniqueGroups", "uniqueContacts",
            "messagesLast7Days", "messagesLast30Days", "firstMessageAt", "lastMessageAt");
        m["instance"]!.GetValue<string>().Should().Be("sales");
        m["totalMessages"]!.GetValue<int>().Should().Be(0);
        m["messagesByType"].Should().BeOfType<JsonObject>();
        m["firstMessageAt"].Should().BeNull();
    }

    [Fact]
    public async Task Metrics_of_several_instances_sums_counts_and_takes_min_and_max_times()
    {
        await using var h = await Harness.StartAsync();
        await h.CreateAsync("sales");
        await h.CreateAsync("support");
        h.Server.SeedMetrics("sales", new FakeMetrics
        {
            MessagesReceived = 10, MessagesSent = 5, MessagesByType = new Dictionary<string, int> { ["text"] = 15 },
            FirstMessageAt = Harness.Start.AddDays(-3), LastMessageAt = Harness.Start.AddDays(-1),
        });
        h.Server.SeedMetrics("support", new FakeMetrics
        {
            MessagesReceived = 1, MessagesByType = new Dictionary<string, int> { ["text"] = 1 },
            FirstMessageAt = Harness.Start.AddDays(-5), LastMessageAt = Harness.Start,
        });

        var r = await h.GetAsync("/api/instance/metrics/sales,%20support", h.Account);

        var m = r.Json["metrics"]!;
        m["instance"]!.GetValue<string>().Should().Be("sales, support");
        m["totalMessages"]!.GetValue<int>().Should().Be(16);
        m["messagesByType"]!["text"]!.GetValue<int>().Should().Be(16);
        m["firstMessageAt"]!.GetValue<string>().Should().Be("2026-04-23T10:30:00Z");
        m["lastMessageAt"]!.GetValue<string>().Should().Be("2026-04-28T10:30:00Z");
    }

    [Fact]
    public async Task Metrics_with_any_unknown_instance_answers_404()
    {
        await using var h = await Harness.StartAsync();
        await h.CreateAsync("sales");

        (await h.GetAsync("/api/instance/metrics/sales,ghost", h.Account)).ShouldBeError(HttpStatusCode.NotFound, "Instance not found");
    }

    [Fact]
    public async Task Metrics_with_only_commas_answers_400()
    {
        await using var h = await Harness.StartAsync();

        (await h.GetAsync("/api/instance/metrics/,,", h.Account)).ShouldBeError(HttpStatusCode.BadRequest, "Instance name is required");
    }
}
