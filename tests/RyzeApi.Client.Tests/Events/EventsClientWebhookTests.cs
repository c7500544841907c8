using RyzeApi.Client.Tests.Infrastructure;

namespace RyzeApi.Client.Tests.Events;

/// <summary>The webhook configuration calls (SPEC §3.4): the exact bodies sent, the answers read, the limit of three.</summary>
public sealed class EventsClientWebhookTests : IDisposable
{
    private const string UpsertPath = "/api/events/webhook/sales";
    private const string ReadPath = "/api/events/getWebhook/sales";

    private static readonly WebhookConfig Crm = new()
    {
        Label = "crm",
        Url = new Uri("https://app.example/wh"),
        Authorization = "Bearer svc-token-xyz",
        ByEvents = true,
        Events = [RyzeEvents.MessageExchange, RyzeEvents.InstanceState],
    };

    private readonly RyzeTestServer _server = new();

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task Upsert_sends_every_documented_field_and_reads_the_stored_webhook()
    {
        _server.Respond("POST", UpsertPath, 200, """
            {"success":true,"message":"Webhook saved","webhook":{"label":"crm","enabled":true,"url":"https://app.example/wh",
             "authorization":"Bearer svc-token-xyz","byEvents":true,"events":["message.exchange","instance.state"],"mediaBase64":false}}
            """);

        var stored = await _server.Events().UpsertWebhookAsync("sales", Crm);

        _server.ShouldHaveSent("POST", UpsertPath, json: """
            {"label":"crm","enabled":true,"url":"https://app.example/wh","authorization":"Bearer svc-token-xyz","byEvents":true,
             "events":["message.exchange","instance.state"],"mediaBase64":false}
            """);
        stored.Should().BeEquivalentTo(new WebhookInfo
        {
            Label = "crm", Enabled = true, Url = new Uri("https://app.example/wh"), ByEvents = true, MediaBase64 = false,
            Events = [RyzeEvents.MessageExchange, RyzeEvents.InstanceState],
        });
        stored.ToString().Should().NotContain("svc-token-xyz");
    }

    [Fact]
    public async Task Upsert_of_the_default_webhook_for_all_events_sends_no_events_and_no_authorization()
    {
        _server.Respond("POST", UpsertPath, 200, """{"success":true}""");

        var stored = await _server.Events().UpsertWebhookAsync("sales", new WebhookConfig { Url = new Uri("https://app.example/wh") });

        _server.ShouldHaveSent("POST", UpsertPath, json: """
            {"label":"default","enabled":true,"url":"https://app.example/wh","byEvents":false,"mediaBase64":false}
            """);
        (stored.Label, stored.Enabled, stored.Url).Should().Be(("default", true, new Uri("https://app.example/wh")));
    }

    [Fact]
    public async Task Disable_sends_only_the_label_and_enabled_false()
    {
        _server.Respond("POST", UpsertPath, 200, """{"success":true,"webhook":{"label":"crm","enabled":false,"events":[]}}""");

        var stored = await _server.Events().DisableWebhookAsync("sales", "crm");

        _server.ShouldHaveSent("POST", UpsertPath, json: """{"label":"crm","enabled":false}""");
        (stored.Label, stored.Enabled, stored.Url).Should().Be(("crm", false, (Uri?)null));
    }

    [Fact]
    public async Task An_enabled_webhook_without_a_url_or_with_a_blank_label_is_refused_before_sending()
    {
        var events = _server.Events();

        var noUrl = () => events.UpsertWebhookAsync("sales", new WebhookConfig());
        var blankLabel = () => events.UpsertWebhookAsync("sales", Crm with { Label = " " });
        var blankEvent = () => events.EnsureWebhookAsync("sales", Crm with { Events = [""] });

        (await noUrl.Should().ThrowAsync<ArgumentException>()).WithParameterName("webhook");
        (await blankLabel.Should().ThrowAsync<ArgumentException>()).WithParameterName("webhook");
        (await blankEvent.Should().ThrowAsync<ArgumentException>()).WithParameterName("webhook");
        _server.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task A_fourth_enabled_webhook_refused_by_the_server_is_a_conflict()
    {
        _server.Respond("POST", UpsertPath, 409, """{"success":false,"error":{"message":"Maximum of 3 enabled webhooks reached"}}""");

        var upsert = () => _server.Events().UpsertWebhookAsync("sales", Crm);

        (await upsert.Should().ThrowAsync<RyzeConflictException>()).Which.ErrorMessage.Should().Be("Maximum of 3 enabled webhooks reached");
    }

    [Fact]
    public async Task GetWebhooks_reads_every_webhook_and_GetWebhook_asks_for_one_label()
    {
        _server.Respond("GET", ReadPath, 200, """
            {"success":true,"webhooks":[{"label":"default","enabled":true,"url":"https://a.example/1"},{"label":"crm","enabled":false,"events":null}]}
            """);
        var events = _server.Events();

        var all = await events.GetWebhooksAsync("sales");
        var crm = await events.GetWebhookAsync("sales", "crm");
        var missing = await events.GetWebhookAsync("sales", "billing");

        all.Select(w => (w.Label, w.Enabled, w.Url)).Should().Equal(("default", true, new Uri("https://a.example/1")), ("crm", false, null));
        (crm!.Label, crm.Enabled, crm.Events.Count).Should().Be(("crm", false, 0));
        missing.Should().BeNull();
        _server.Requests.Select(r => r.RequestMessage.RawQuery ?? string.Empty).Should().Equal(string.Empty, "?label=crm", "?label=billing");
    }

    [Fact]
    public async Task Ensure_sends_nothing_when_the_stored_webhook_already_matches()
    {
        _server.Respond("GET", ReadPath, 200, """
            {"success":true,"webhooks":[{"label":"crm","enabled":true,"url":"https://app.example/wh","authorization":"Bearer svc-token-xyz",
             "byEvents":true,"events":["instance.state","message.exchange"],"mediaBase64":false}]}
            """);

        var result = await _server.Events().EnsureWebhookAsync("sales", Crm);

        result.Changed.Should().BeFalse();
        (result.Webhook.Label, result.Webhook.Url).Should().Be(("crm", new Uri("https://app.example/wh")));
        _server.SingleRequest().RequestMessage.Method.Should().Be("GET");
    }

    [Fact]
    public async Task Ensure_writes_a_differing_webhook_and_reads_it_back()
    {
        _server.Respond("GET", ReadPath, 200, """{"success":true,"webhooks":[{"label":"crm","enabled":true,"url":"https://old.example/wh","authorization":"Bearer svc-token-xyz","byEvents":true}]}""");
        _server.Respond("POST", UpsertPath, 200, """{"success":true}""");

        var result = await _server.Events().EnsureWebhookAsync("sales", Crm);

        result.Changed.Should().BeTrue();
        _server.Requests.Select(r => $"{r.RequestMessage.Method} {r.RequestMessage.Path}{r.RequestMessage.RawQuery}")
            .Should().Equal($"GET {ReadPath}", $"POST {UpsertPath}", $"GET {ReadPath}?label=crm");
    }

    [Fact]
    public async Task Ensure_refuses_a_fourth_enabled_webhook_before_writing()
    {
        _server.Respond("GET", ReadPath, 200, """
            {"success":true,"webhooks":[{"label":"a","enabled":true,"url":"https://a.example"},{"label":"b","enabled":true,"url":"https://b.example"},
             {"label":"c","enabled":true,"url":"https://c.example"},{"label":"crm","enabled":false}]}
            """);

        var ensure = () => _server.Events().EnsureWebhookAsync("sales", Crm);

        var thrown = (await ensure.Should().ThrowAsync<RyzeConflictException>()).Which;
        thrown.Message.Should().Be("RyzeAPI returned 409 (Conflict) for POST /api/events/webhook/sales: At most 3 webhooks can be enabled per instance");
        thrown.MayHaveBeenProcessed.Should().BeFalse();
        _server.SingleRequest().RequestMessage.Method.Should().Be("GET");
    }

    [Fact]
    public async Task Create_accepts_only_the_default_webhook_inline()
    {
        var create = () => _server.Instances().CreateAsync(new CreateInstanceRequest { Name = "sales", Webhook = Crm });

        (await create.Should().ThrowAsync<ArgumentException>()).WithParameterName("request");
        _server.Requests.Should().BeEmpty();
    }
}
