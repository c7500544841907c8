using Microsoft.Extensions.DependencyInjection;
using RyzeApi.Client.Tests.Infrastructure;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace RyzeApi.Client.Tests.Instances;

public sealed class InstancesClientMetricsTests : IDisposable
{
    // SPEC §2.13: the documented start verbatim, the rest from its field list (the example is truncated).
    private const string Answer = """
        {
          "success": true,
          "message": "Metrics retrieved successfully",
          "metrics": {
            "instance": "sales",
            "totalMessages": 1523,
            "messagesReceived": 1000, "messagesSent": 523,
            "messagesByType": { "text": 1400, "image": 100, "audio": 23 },
            "groupMessages": 300, "individualMessages": 1223,
            "messagesWithMedia": 123,
            "mediaByType": { "image": 100, "audio": 23 },
            "messagesByStatus": { "pending": 1, "sent": 2, "delivered": 3, "read": 4, "played": 5, "failed": 6 },
            "uniqueChats": 80, "uniqueGroups": 5, "uniqueContacts": 75,
            "messagesLast7Days": 200, "messagesLast30Days": 900,
            "firstMessageAt": "2026-01-02T03:04:05Z", "lastMessageAt": "2026-04-28T10:30:00Z",
            "newCounter": 7
          }
        }
        """;

    private readonly RyzeTestServer _server = new();

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task GetMetrics_of_one_instance_reads_every_documented_field()
    {
        _server.Respond("GET", "/api/instance/metrics/sales", 200, Answer);

        var metrics = await _server.Instances().GetMetricsAsync("sales");

        _server.ShouldHaveSent("GET", "/api/instance/metrics/sales");
        metrics.Instance.Should().Be("sales");
        metrics.TotalMessages.Should().Be(1523);
        metrics.MessagesReceived.Should().Be(1000);
        metrics.MessagesSent.Should().Be(523);
        metrics.MessagesByType.Should().Equal(new Dictionary<string, long> { ["text"] = 1400, ["image"] = 100, ["audio"] = 23 });
        metrics.GroupMessages.Should().Be(300);
        metrics.IndividualMessages.Should().Be(1223);
        metrics.MessagesWithMedia.Should().Be(123);
        metrics.MediaByType.Should().Equal(new Dictionary<string, long> { ["image"] = 100, ["audio"] = 23 });
        metrics.MessagesByStatus.Should().HaveCount(6).And.Contain("failed", 6);
        (metrics.UniqueChats, metrics.UniqueGroups, metrics.UniqueContacts).Should().Be((80, 5, 75));
        (metrics.MessagesLast7Days, metrics.MessagesLast30Days).Should().Be((200, 900));
        metrics.FirstMessageAt.Should().Be(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));
        metrics.LastMessageAt.Should().Be(new DateTimeOffset(2026, 4, 28, 10, 30, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task GetMetrics_reads_counts_and_timestamps_in_shapes_the_docs_do_not_rule_out()
    {
        // SPEC §2.13 gives no types: floats, numeric strings, Unix times and per-day arrays must not fail the whole answer.
        _server.Respond("GET", "/api/instance/metrics/sales", 200, """
            {"success":true,"metrics":{"instance":"sales",
              "totalMessages":1523.0, "messagesReceived":"1000", "messagesSent":null,
              "messagesByType":{"text":1.0,"image":"2","weird":[1]},
              "messagesLast7Days":[10,20,30], "messagesLast30Days":{"total":900},
              "firstMessageAt":1714300000, "lastMessageAt":1714300000123}}
            """);

        var metrics = await _server.Instances().GetMetricsAsync("sales");

        (metrics.TotalMessages, metrics.MessagesReceived, metrics.MessagesSent).Should().Be((1523, 1000, 0));
        metrics.MessagesByType.Should().Equal(new Dictionary<string, long> { ["text"] = 1, ["image"] = 2, ["weird"] = 0 });
        (metrics.MessagesLast7Days, metrics.MessagesLast30Days).Should().Be((0, 0), "a shape this SDK does not read counts as 0");
        metrics.FirstMessageAt.Should().Be(DateTimeOffset.FromUnixTimeSeconds(1714300000));
        metrics.LastMessageAt.Should().Be(DateTimeOffset.FromUnixTimeMilliseconds(1714300000123));
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("null")]
    [InlineData("\"not a date\"")]
    [InlineData("[]")]
    [InlineData("99999999999999999999")]
    [InlineData("-9223372036854775808")]
    public async Task GetMetrics_reads_an_unusable_timestamp_as_none(string value)
    {
        _server.Respond("GET", "/api/instance/metrics/sales", 200, $$$"""{"success":true,"metrics":{"instance":"sales","firstMessageAt":{{{value}}},"totalMessages":3}}""");

        var metrics = await _server.Instances().GetMetricsAsync("sales");

        metrics.FirstMessageAt.Should().BeNull();
        metrics.TotalMessages.Should().Be(3, "the fields after it are still read");
    }

    [Fact]
    public async Task GetMetrics_of_several_instances_joins_names_with_literal_commas()
    {
        _server.Respond("GET", "/api/instance/metrics/sales,support", 200, Answer.Replace("\"instance\": \"sales\"", "\"instance\": \"sales,support\"", StringComparison.Ordinal));
        var sent = new List<Uri>();

        var metrics = await _server.CreateRecordingClient(sent).GetMetricsAsync(["sales", "support"]);

        sent.Should().ContainSingle().Which.AbsolutePath.Should().Be("/api/instance/metrics/sales,support");
        _server.ShouldHaveSent("GET", "/api/instance/metrics/sales,support");
        metrics.Instance.Should().Be("sales,support");
    }

    [Fact]
    public async Task GetMetrics_escapes_each_name_but_not_the_commas()
    {
        _server.Respond("GET", "/api/instance/metrics/vendas são,support", 200, Answer);
        var sent = new List<Uri>();

        await _server.CreateRecordingClient(sent).GetMetricsAsync(["vendas são", "support"]);

        sent.Should().ContainSingle().Which.AbsolutePath.Should().Be("/api/instance/metrics/vendas%20s%C3%A3o,support");
    }

    [Fact]
    public async Task GetMetrics_of_several_instances_sends_the_account_token_even_when_an_instance_token_provider_answers()
    {
        _server.Respond("GET", "/api/instance/metrics/sales,support", 200, Answer);
        var services = new ServiceCollection();
        services.AddSingleton<IInstanceTokenProvider>(new AnyInstanceToken());
        services.AddRyzeApiClient(o => { o.BaseAddress = _server.BaseAddress; o.AccountToken = "acct"; o.MaxRetries = 0; });
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<RyzeClient>().Instances.GetMetricsAsync(["sales", "support"]);

        _server.SingleRequest().RequestMessage.Headers!["token"].Should().Equal("acct");
    }

    [Fact]
    public async Task GetMetrics_escapes_a_percent_sign_in_a_name_so_the_server_does_not_decode_it()
    {
        _server.Server.Given(Request.Create().WithPath(new WildcardMatcher("/api/instance/metrics/*")).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(Answer));
        var sent = new List<Uri>();

        await _server.CreateRecordingClient(sent).GetMetricsAsync(["promo%20", "support"]);

        sent.Should().ContainSingle().Which.AbsolutePath.Should().Be("/api/instance/metrics/promo%2520,support");
    }

    [Fact]
    public async Task GetMetrics_reads_missing_counters_as_zero_and_empty_maps()
    {
        _server.Respond("GET", "/api/instance/metrics/sales", 200, """{"success":true,"metrics":{"instance":"sales","totalMessages":"12"}}""");

        var metrics = await _server.Instances().GetMetricsAsync("sales");

        metrics.TotalMessages.Should().Be(12);
        metrics.MessagesSent.Should().Be(0);
        metrics.MessagesByType.Should().BeEmpty();
        metrics.FirstMessageAt.Should().BeNull();
    }

    private sealed class AnyInstanceToken : IInstanceTokenProvider
    {
        public ValueTask<string?> GetTokenAsync(string instanceName, CancellationToken cancellationToken = default) => new("inst-token");
    }
}
