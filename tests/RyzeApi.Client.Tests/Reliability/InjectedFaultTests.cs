using RyzeApi.Client.Testing;

namespace RyzeApi.Client.Tests.Reliability;

/// <summary>
/// Real faults on loopback, staged by the fake RyzeAPI: each gives the documented behaviour, and the fake's own count
/// shows a create is never received twice, whatever happened to the first one.
/// </summary>
public sealed class InjectedFaultTests : IAsyncLifetime
{
    private const string Create = "POST /api/instance/new";
    private const string GetSettings = "GET /api/instance/getSettings/{instance}";
    // Not the defaults, so a settings answer cannot match them by chance.
    private static readonly InstanceSettings Stored = new() { AutoRejectCalls = true, CallRejectMessage = "busy", DisableHistorySync = false };
    private FakeRyzeServer _fake = null!;
    private RyzeClient _client = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeRyzeServer.StartAsync(new FakeRyzeServerOptions { RateLimitEnabled = false });
        _client = new RyzeClient(new RyzeClientOptions
        {
            BaseAddress = _fake.BaseAddress,
            AccountToken = _fake.AccountToken,
            // Roomy enough for a loaded CI machine: only the injected faults may run into them.
            AttemptTimeout = TimeSpan.FromSeconds(3),
            TotalTimeout = TimeSpan.FromSeconds(8),
            ConnectTimeout = TimeSpan.FromSeconds(8),
            RetryBaseDelay = TimeSpan.FromMilliseconds(10),
        });

        // The first request of a fresh server and client pays for JIT and the connection; on a loaded CI machine that
        // once took longer than the attempt timeout, and a fault meant to cut a body timed out instead. Pay it here.
        await _client.Instances.ListAsync();
    }

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task A_reset_before_the_response_fails_a_create_once_and_is_retried_on_a_read()
    {
        await _client.Instances.CreateAsync(new CreateInstanceRequest { Name = "reads", Settings = Stored });
        _fake.FailNext(Create, FakeFault.ConnectionReset());
        _fake.FailNext(GetSettings, FakeFault.ConnectionReset());

        var create = await FluentActions.Awaiting(() => _client.Instances.CreateAsync(new CreateInstanceRequest { Name = "reset" }))
            .Should().ThrowAsync<RyzeConnectionException>();
        var settings = await _client.Instances.GetSettingsAsync("reads");

        create.Which.IsTimeout.Should().BeFalse();
        create.Which.MayHaveBeenProcessed.Should().BeTrue();
        settings.Should().Be(Stored);
        _fake.CountRequests("POST /api/instance/new").Should().Be(2, "one for 'reads', and the reset create was not resent");
        _fake.CountRequests(GetSettings).Should().Be(2, "the read was resent after the reset");
    }

    [Fact]
    public async Task A_body_cut_mid_way_fails_the_create_once_and_ensure_then_finds_the_instance_without_creating_again()
    {
        _fake.FailNext(Create, FakeFault.BodyCut());

        var create = await FluentActions.Awaiting(() => _client.Instances.CreateAsync(new CreateInstanceRequest { Name = "cut" }))
            .Should().ThrowAsync<RyzeConnectionException>();
        var ensured = await _client.Instances.EnsureAsync(new CreateInstanceRequest { Name = "cut" });

        create.Which.IsTimeout.Should().BeFalse();
        create.Which.MayHaveBeenProcessed.Should().BeTrue();
        (ensured.Instance.Name, ensured.Created).Should().Be(("cut", false), "the create cut mid-way had stored it");
        _fake.Instances.Should().ContainSingle(i => i.Name == "cut");
        _fake.CountRequests(Create).Should().Be(1, "the server stored the first create; nothing sent it again");
    }

    [Fact]
    public async Task A_body_cut_mid_way_on_a_read_is_resent_and_the_read_succeeds()
    {
        await _client.Instances.CreateAsync(new CreateInstanceRequest { Name = "cut-read", Settings = Stored });
        _fake.FailNext(GetSettings, FakeFault.BodyCut());

        // Whether the cut lands before the client has parsed the headers (the handler resends the attempt) or after
        // (the transport sends the read once more), the caller gets the settings.
        var settings = await _client.Instances.GetSettingsAsync("cut-read");

        settings.Should().Be(Stored);
        _fake.CountRequests(GetSettings).Should().Be(2);
    }

    [Fact]
    public async Task Headers_later_than_the_attempt_timeout_time_out_a_create_once_and_are_retried_on_a_read()
    {
        await _client.Instances.CreateAsync(new CreateInstanceRequest { Name = "late", Settings = Stored });
        _fake.FailNext(Create, FakeFault.Delayed(TimeSpan.FromSeconds(30)));
        _fake.FailNext(GetSettings, FakeFault.Delayed(TimeSpan.FromSeconds(30)));

        var create = await FluentActions.Awaiting(() => _client.Instances.CreateAsync(new CreateInstanceRequest { Name = "late-create" }))
            .Should().ThrowAsync<RyzeConnectionException>();
        var settings = await _client.Instances.GetSettingsAsync("late");

        create.Which.IsTimeout.Should().BeTrue();
        settings.Should().Be(Stored);
        _fake.CountRequests(Create).Should().Be(2, "one for 'late', and the timed-out create was not resent");
        _fake.CountRequests(GetSettings).Should().Be(2);
    }

    [Fact]
    public async Task A_slow_body_within_the_budget_is_read_and_one_beyond_it_times_out()
    {
        await _client.Instances.CreateAsync(new CreateInstanceRequest { Name = "slow", Settings = Stored });
        _fake.FailNext(GetSettings, FakeFault.SlowBody(TimeSpan.FromMilliseconds(300)));
        _fake.FailNext(Create, FakeFault.SlowBody(TimeSpan.FromSeconds(30)));

        var settings = await _client.Instances.GetSettingsAsync("slow");
        var create = await FluentActions.Awaiting(() => _client.Instances.CreateAsync(new CreateInstanceRequest { Name = "slow-create" }))
            .Should().ThrowAsync<RyzeConnectionException>();

        settings.Should().Be(Stored);
        create.Which.IsTimeout.Should().BeTrue();
        (create.Which.Method, create.Which.Path).Should().Be(("POST", "/api/instance/new"), "the body's timeout still names its call");
        _fake.CountRequests(Create).Should().Be(2, "one for 'slow', and the stalled create was not resent");
        _fake.Instances.Should().ContainSingle(i => i.Name == "slow-create", "the server stored it before its answer stalled");
    }
}
