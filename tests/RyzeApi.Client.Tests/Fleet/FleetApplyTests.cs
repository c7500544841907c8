using RyzeApi.Client.Testing;
using RyzeApi.Client.Tests.Infrastructure;

namespace RyzeApi.Client.Tests.Fleet;

public sealed class FleetApplyTests : IAsyncLifetime
{
    private const string TwoShops = """
        { "instances": {
            "shop-a": {
              "settings": { "autoRejectCalls": true, "callRejectMessage": "No calls." },
              "proxy": { "protocol": "socks5", "host": "proxy.example.com", "port": 1080, "username": "shop", "password": "${PROXY_PASSWORD}" },
              "s3": { "region": "us-east-1", "bucket": "media", "accessKey": "AKIA1", "secretKey": "${S3_SECRET}" } },
            "shop-b": { "settings": { "keepOnlineStatus": true }, "proxy": { "host": "b.example.com", "port": 3128 } } } }
        """;

    private FleetServer _server = null!;

    public async Task InitializeAsync() => _server = await FleetServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private FleetClient Fleet => _server.Client.Fleet;

    [Fact]
    public async Task Applying_the_same_spec_twice_creates_once_and_the_second_apply_sends_zero_write_requests()
    {
        await _server.SeedAsync(new CreateInstanceRequest { Name = "shop-b", Proxy = new ProxyConfig { Host = "old.example.com", Port = 1 } });
        var spec = FleetServer.Spec(TwoShops);

        var first = await Fleet.ApplyAsync(await Fleet.PlanAsync(spec));
        var firstWrites = _server.Writes.Select(r => $"{r.Method} {r.Path}").ToList();
        _server.Fake.ClearRequests();
        var second = await Fleet.PlanAsync(spec);
        var secondResult = await Fleet.ApplyAsync(second);

        first.Succeeded.Should().BeTrue();
        first.Instances.Select(r => (r.Name, r.Action, r.Outcome)).Should().Equal(("shop-a", FleetAction.Create, FleetOutcome.Applied), ("shop-b", FleetAction.Update, FleetOutcome.Applied));
        firstWrites.Should().BeEquivalentTo("POST /api/instance/new", "POST /api/instance/settings/shop-b", "POST /api/instance/proxy/shop-b");
        second.HasChanges.Should().BeFalse();
        second.Changes.Select(c => c.Action).Should().Equal(FleetAction.NoChange, FleetAction.NoChange);
        secondResult.Instances.Select(r => r.Outcome).Should().Equal(FleetOutcome.Skipped, FleetOutcome.Skipped);
        _server.Writes.Should().BeEmpty();
        var shopA = _server.Fake.Instances.Single(i => i.Name == "shop-a");
        (shopA.ProxyPassword, shopA.S3SecretKey, shopA.Settings["callRejectMessage"]).Should().Be(("proxy-pass-sentinel", "s3-secret-sentinel", "No calls."));
    }

    [Fact]
    public async Task One_instance_whose_proxy_is_rejected_fails_with_the_typed_exception_and_the_others_are_applied()
    {
        await _server.SeedAsync(new CreateInstanceRequest { Name = "shop-b" });
        _server.Fake.FailNext("POST /api/instance/proxy/shop-b", FakeFault.Status(400, "The 'protocol' field must be http, https or socks5"));

        var result = await Fleet.ApplyAsync(await Fleet.PlanAsync(FleetServer.Spec(TwoShops)));

        result.Succeeded.Should().BeFalse();
        result.Instances[0].Outcome.Should().Be(FleetOutcome.Applied);
        var failed = result.Instances[1];
        failed.Outcome.Should().Be(FleetOutcome.Failed);
        failed.Error.Should().BeOfType<RyzeBadRequestException>().Which.ErrorMessage.Should().Be("The 'protocol' field must be http, https or socks5");
        failed.AppliedBlocks.Select(b => b.Block).Should().Equal(FleetBlock.Settings);
        (await Fleet.PlanAsync(FleetServer.Spec(TwoShops))).Changes.Select(c => (c.Name, c.Action, string.Join(",", c.Blocks.Select(b => b.Key))))
            .Should().Equal(("shop-a", FleetAction.NoChange, ""), ("shop-b", FleetAction.Update, "proxy"));
    }

    [Fact]
    public async Task A_create_is_never_resent_after_a_503_and_the_instance_is_reported_failed()
    {
        _server.Fake.FailNext("POST /api/instance/new", FakeFault.Status(503));

        var result = await Fleet.ApplyAsync(await Fleet.PlanAsync(FleetServer.Spec("""{ "instances": { "solo": { "settings": { "ignoreStatus": true } } } }""")));

        result.Instances.Should().ContainSingle().Which.Error.Should().BeOfType<RyzeServerException>();
        _server.Fake.CountRequests("POST /api/instance/new").Should().Be(1);
    }

    [Fact]
    public async Task Cancelling_mid_apply_leaves_each_block_old_or_new_and_a_new_plan_shows_what_remains()
    {
        await _server.SeedAsync(new CreateInstanceRequest { Name = "shop-a" }, new CreateInstanceRequest { Name = "shop-b" });
        var spec = FleetServer.Spec("""
            { "instances": {
                "shop-a": { "settings": { "ignoreStatus": true }, "proxy": { "host": "a.example.com", "port": 1 } },
                "shop-b": { "settings": { "ignoreStatus": true }, "proxy": { "host": "b.example.com", "port": 2 } } } }
            """);
        var plan = await Fleet.PlanAsync(spec, new FleetPlanOptions { MaxConcurrency = 1 });
        _server.Fake.FailNext("POST /api/instance/proxy/shop-a", FakeFault.Delayed(TimeSpan.FromMinutes(5)));
        using var cancel = new CancellationTokenSource();

        var apply = Fleet.ApplyAsync(plan, cancellationToken: cancel.Token);
        await FakeClock.WaitUntilAsync(() => _server.Fake.CountRequests("POST /api/instance/proxy/shop-a") == 1, "the proxy write should be in flight");
        await cancel.CancelAsync();

        await apply.Invoking(a => a).Should().ThrowAsync<OperationCanceledException>();
        var shopA = _server.Fake.Instances.Single(i => i.Name == "shop-a");
        (shopA.Settings["ignoreStatus"], shopA.ProxyEnabled).Should().Be((true, false));
        _server.Fake.CountRequests("/api/instance/settings/shop-b").Should().Be(0);
        (await Fleet.PlanAsync(spec)).Changes.Select(c => (c.Name, string.Join(",", c.Blocks.Select(b => b.Key))))
            .Should().Equal(("shop-a", "proxy"), ("shop-b", "settings,proxy"));
    }

    [Fact]
    public async Task Pruned_instances_are_deleted_and_progress_is_reported_once_per_instance()
    {
        await _server.SeedAsync(new CreateInstanceRequest { Name = "keep" }, new CreateInstanceRequest { Name = "stray" });
        var reports = new List<FleetProgress>();

        var result = await Fleet.ApplyAsync(
            await Fleet.PlanAsync(FleetServer.Spec("""{ "instances": { "keep": {} }, "prune": true }""")), new SynchronousProgress<FleetProgress>(reports.Add));

        result.Instances.Select(r => (r.Name, r.Outcome)).Should().Equal(("keep", FleetOutcome.Skipped), ("stray", FleetOutcome.Applied));
        _server.Fake.Instances.Select(i => i.Name).Should().Equal("keep");
        reports.Select(r => (r.Completed, r.Total)).Order().Should().Equal((1, 2), (2, 2));
    }

    [Fact]
    public async Task Webhooks_by_label_and_the_WebSocket_are_created_inline_or_upserted_and_a_second_apply_sends_nothing()
    {
        var spec = FleetServer.Spec("""
            { "instances": { "a": {
                "webhooks": { "default": { "url": "https://d.example.com" }, "audit": { "url": "https://audit.example.com", "authorization": "Bearer ${HOOK_AUTH}" } },
                "websocket": { "events": ["instance.state"] } } } }
            """);

        var result = await Fleet.ApplyAsync(await Fleet.PlanAsync(spec));
        var writes = _server.Writes.Select(r => $"{r.Method} {r.Path}").ToList();
        _server.Fake.ClearRequests();
        var second = await Fleet.PlanAsync(spec);
        await Fleet.ApplyAsync(second);

        result.Instances[0].AppliedBlocks.Select(b => b.Key).Should().Equal("webhooks.default", "websocket", "webhooks.audit");
        writes.Should().Equal("POST /api/instance/new", "POST /api/events/webhook/a");
        _server.Fake.Instances.Single().WebhookAuthorization.Should().BeNull("the default webhook has no authorization");
        second.HasChanges.Should().BeFalse();
        _server.Writes.Should().BeEmpty();
        var audit = await _server.Client.Events.GetWebhookAsync("a", "audit");
        (audit!.Url, audit.Enabled).Should().Be((new Uri("https://audit.example.com"), true));
    }

    /// <summary>Reports on the caller's thread, unlike <see cref="Progress{T}"/>, so the test sees every report when the apply returns.</summary>
    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value)
        {
            lock (this)
            {
                report(value);
            }
        }
    }
}
