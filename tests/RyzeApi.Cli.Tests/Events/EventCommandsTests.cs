using System.Text.Json;
using RyzeApi.Client;

namespace RyzeApi.Cli.Tests;

public sealed class EventCommandsTests : IAsyncLifetime
{
    private readonly CliHarness _cli = new();

    public async Task InitializeAsync()
    {
        await _cli.InitializeAsync();
        (await _cli.RunAsync("instance create shop")).ExitCode.Should().Be(0);
    }

    public Task DisposeAsync() => _cli.DisposeAsync();

    [Fact]
    public async Task Webhook_set_then_get_lists_it_without_its_authorization()
    {
        _cli.Environment["RYZE_WEBHOOK_AUTHORIZATION"] = "Bearer hook-secret";

        var set = await _cli.RunAsync("events webhook set shop --url http://127.0.0.1:9/crm --events messages.upsert instance.state");
        var get = await _cli.RunAsync("events webhook get shop");

        set.ExitCode.Should().Be(0);
        _cli.Fake.Instances.Single().WebhookAuthorization.Should().Be("Bearer hook-secret");
        var crm = JsonDocument.Parse(get.Out).RootElement.EnumerateArray().Single(w => w.GetProperty("label").GetString() == "default");
        crm.GetProperty("url").GetString().Should().Be("http://127.0.0.1:9/crm");
        crm.GetProperty("events").EnumerateArray().Select(e => e.GetString()).Should().Equal("messages.upsert", "instance.state");
        (set.Out + get.Out).Should().NotContain("hook-secret");
    }

    [Fact]
    public async Task Tail_prints_one_json_line_per_event_without_the_instance_token_and_exits_130_on_ctrl_c()
    {
        using var ctrlC = new CancellationTokenSource();
        var tail = _cli.RunAsync("events tail shop -o json", onOutput: text =>
        {
            if (text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length == 2)
            {
                ctrlC.Cancel();
            }
        }, cancellationToken: ctrlC.Token);
        await _cli.Fake.WaitForWebSocketsAsync("shop");

        await _cli.Fake.EmitAsync("shop", RyzeEventFactory.InstanceState("shop", InstanceState.Connected));
        await _cli.Fake.EmitAsync("shop", RyzeEventFactory.MessageReceived("shop", "hello"));
        var result = await tail.WaitAsync(TimeSpan.FromSeconds(30));

        result.ExitCode.Should().Be(130);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        lines.Select(line => line.GetProperty("event").GetString()).Should().Equal("instance.state", "message.exchange");
        lines.Select(line => line.GetProperty("instance").GetString()).Should().Equal("shop", "shop");
        result.Out.Should().NotContain(RyzeEventFactory.DefaultInstanceToken);
        result.Error.Should().StartWith("Enabled the WebSocket of shop (all events) to follow it.\nryze: cancelled");
    }
}
