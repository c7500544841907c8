using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;
using RyzeApi.Client.Testing;
using RyzeApi.Client.Tests.Infrastructure;

namespace RyzeApi.Client.Tests.Health;

/// <summary>The account and instance health checks against the fake RyzeAPI, on one fake clock.</summary>
public sealed class RyzeHealthChecksTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = FakeClock.Create();
    private FakeRyzeServer _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeRyzeServer.StartAsync(new FakeRyzeServerOptions { TimeProvider = _time, RateLimitPerMinute = 3 });

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task The_account_check_is_healthy_when_health_answers_and_the_token_is_accepted_and_reuses_its_result_for_30_seconds()
    {
        var checks = Checks(b => b.AddRyzeApi());

        var first = await checks.CheckHealthAsync();
        var cached = await checks.CheckHealthAsync();
        var requestsWhileCached = _fake.Requests.Count;
        _time.Advance(TimeSpan.FromSeconds(30));
        await checks.CheckHealthAsync();

        first.Entries["ryzeapi"].Status.Should().Be(HealthStatus.Healthy);
        first.Entries["ryzeapi"].Description.Should().Be("RyzeAPI is up (ok) and accepts the account token.");
        cached.Entries["ryzeapi"].Status.Should().Be(HealthStatus.Healthy);
        requestsWhileCached.Should().Be(2);
        _fake.Requests.Select(r => $"{r.Method} {r.Path}{r.Query}").Should().Equal(
            "GET /health", "GET /api/instance/list?instanceName=ryzeapi-health-probe", "GET /health", "GET /api/instance/list?instanceName=ryzeapi-health-probe");
        _fake.Requests[0].Headers.Should().NotContainKey("token", "the health endpoint takes no token");
    }

    [Fact]
    public async Task A_refused_token_is_unhealthy_with_the_typed_reason_and_no_secret()
    {
        var checks = Checks(b => b.AddRyzeApi(), token: "wrong-token-sentinel");

        var entry = (await checks.CheckHealthAsync()).Entries["ryzeapi"];

        entry.Status.Should().Be(HealthStatus.Unhealthy);
        entry.Exception.Should().BeOfType<RyzeAuthenticationException>();
        entry.Description.Should().Be("RyzeAPI returned 401 (Unauthorized) for GET /api/instance/list: Invalid token");
        entry.Description.Should().NotContain("wrong-token-sentinel");
    }

    [Fact]
    public async Task A_failing_health_endpoint_is_unhealthy()
    {
        _fake.FailNext("GET /health", FakeFault.Status(503));
        var checks = Checks(b => b.AddRyzeApi());

        var entry = (await checks.CheckHealthAsync()).Entries["ryzeapi"];

        entry.Status.Should().Be(HealthStatus.Unhealthy);
        entry.Exception.Should().BeOfType<RyzeServerException>().Which.StatusCode.Should().Be(System.Net.HttpStatusCode.ServiceUnavailable);
        _fake.CountRequests("GET /health").Should().Be(1, "a probe is not retried");
    }

    [Fact]
    public async Task An_exhausted_rate_limit_window_is_degraded_without_another_probe_and_health_itself_is_outside_the_limit()
    {
        var checks = Checks(b => b.AddRyzeApi(cacheDuration: TimeSpan.Zero));
        for (var i = 0; i < 3; i++)
        {
            (await checks.CheckHealthAsync()).Status.Should().Be(HealthStatus.Healthy, "three token calls fit the window of 3");
        }

        var entry = (await checks.CheckHealthAsync()).Entries["ryzeapi"];

        entry.Status.Should().Be(HealthStatus.Degraded);
        entry.Description.Should().Be("RyzeAPI is up, but the account token's rate-limit window is used up until 2026-11-25 12:01:00Z.");
        _fake.CountRequests("GET /health").Should().Be(4);
        _fake.CountRequests("GET /api/instance/list").Should().Be(3, "the last answer said the window was used up: no probe is spent to learn it again");
    }

    [Fact]
    public async Task A_window_used_up_by_another_client_is_degraded_with_the_refused_probes_exception()
    {
        var other = new RyzeClient(new RyzeClientOptions { BaseAddress = _fake.BaseAddress, AccountToken = _fake.AccountToken });
        for (var i = 0; i < 3; i++)
        {
            await other.Instances.ListAsync();
        }

        var entry = (await Checks(b => b.AddRyzeApi(), configure: o => o.MaxRateLimitWait = TimeSpan.FromSeconds(1)).CheckHealthAsync()).Entries["ryzeapi"];

        entry.Status.Should().Be(HealthStatus.Degraded);
        entry.Exception.Should().BeOfType<RyzeRateLimitException>();
    }

    [Theory]
    [InlineData("connected", HealthStatus.Healthy)]
    [InlineData("connecting", HealthStatus.Degraded)]
    [InlineData("loggedout", HealthStatus.Unhealthy)]
    [InlineData("missing", HealthStatus.Unhealthy)]
    public async Task The_instance_check_follows_the_instance_state(string state, HealthStatus expected)
    {
        var client = new RyzeClient(new RyzeClientOptions { BaseAddress = _fake.BaseAddress, AccountToken = _fake.AccountToken });
        if (state != "missing")
        {
            await client.Instances.CreateAsync(new CreateInstanceRequest { Name = "sales" });
            await client.Instances.ConnectAsync("sales");
        }

        if (state is "connected" or "loggedout")
        {
            _fake.SimulatePairing("sales");
        }

        if (state == "loggedout")
        {
            await client.Instances.LogoutAsync("sales");
        }

        var entry = (await Checks(b => b.AddRyzeApiInstance("sales")).CheckHealthAsync()).Entries["ryzeapi-instance-sales"];

        entry.Status.Should().Be(expected);
        if (state == "missing")
        {
            entry.Exception.Should().BeOfType<RyzeNotFoundException>();
        }
        else
        {
            entry.Data["state"].Should().Be(state switch { "connected" => "Connected", "connecting" => "Connecting", _ => "LoggedOut" });
        }
    }

    private HealthCheckService Checks(Action<IHealthChecksBuilder> add, string? token = null, Action<RyzeClientOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_time);
        services.AddRyzeApiClient(o =>
        {
            o.BaseAddress = _fake.BaseAddress;
            o.AccountToken = token ?? _fake.AccountToken;
            configure?.Invoke(o);
        });
        add(services.AddHealthChecks());
        return services.BuildServiceProvider().GetRequiredService<HealthCheckService>();
    }
}
