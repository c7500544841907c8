using RyzeApi.Client.Testing;

namespace RyzeApi.Client.Tests.Integration;

/// <summary>client.Events against the fake: what the SDK sends is what the fake stores, and back.</summary>
public sealed class EventsAgainstFakeTests : IAsyncLifetime
{
    private FakeRyzeServer _fake = null!;
    private RyzeClient _client = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeRyzeServer.StartAsync();
        _client = new RyzeClient(new RyzeClientOptions { BaseAddress = _fake.BaseAddress, AccountToken = _fake.AccountToken });
        await _client.Instances.CreateAsync(new CreateInstanceRequest { Name = "sales" });
    }

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task Ensure_writes_once_then_finds_the_webhook_unchanged()
    {
        var wanted = new WebhookConfig
        {
            Label = "crm", Url = new Uri("http://127.0.0.1:9/wh"), Authorization = "Bearer x", Events = [RyzeEvents.MessageStatus, RyzeEvents.InstanceState],
        };

        var first = await _client.Events.EnsureWebhookAsync("sales", wanted);
        var second = await _client.Events.EnsureWebhookAsync("sales", wanted with { Events = [RyzeEvents.InstanceState, RyzeEvents.MessageStatus] });

        (first.Changed, second.Changed).Should().Be((true, false));
        second.Webhook.Should().BeEquivalentTo(new WebhookInfo
        {
            Label = "crm", Enabled = true, Url = new Uri("http://127.0.0.1:9/wh"), ByEvents = false, MediaBase64 = false,
            Events = [RyzeEvents.MessageStatus, RyzeEvents.InstanceState],
        });
        _fake.CountRequests("POST /api/events/webhook/{instance}").Should().Be(1);
    }

    [Fact]
    public async Task An_unknown_label_reads_as_null_and_a_disabled_webhook_keeps_its_row()
    {
        await _client.Events.UpsertWebhookAsync("sales", new WebhookConfig { Url = new Uri("http://127.0.0.1:9/wh") });

        var missing = await _client.Events.GetWebhookAsync("sales", "billing");
        await _client.Events.DisableWebhookAsync("sales");
        var all = await _client.Events.GetWebhooksAsync("sales");

        missing.Should().BeNull();
        all.Select(w => (w.Label, w.Enabled, w.Url)).Should().Equal(("default", false, (Uri?)null));
    }

    [Fact]
    public async Task The_WebSocket_reads_null_until_configured_then_as_configured()
    {
        var before = await _client.Events.GetWebSocketAsync("sales");
        await _client.Events.ConfigureWebSocketAsync("sales", new WebSocketConfig { Events = [RyzeEvents.InstanceState] });
        var after = await _client.Events.GetWebSocketAsync("sales");

        before.Should().BeNull();
        (after!.Enabled, after.Events.Single(), after.MediaBase64).Should().Be((true, RyzeEvents.InstanceState, false));
    }
}
