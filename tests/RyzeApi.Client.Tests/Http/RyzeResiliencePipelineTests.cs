using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.Retry;
using Polly.Simmy;
using Polly.Simmy.Outcomes;
using Polly.Testing;
using Polly.Timeout;
using RyzeApi.Client.Http;
using RyzeApi.Client.Tests.Infrastructure;
using static RyzeApi.Client.Tests.Infrastructure.FakeClock;

namespace RyzeApi.Client.Tests.Http;

/// <summary>The policy as a Polly pipeline: its order, and a partner's chaos strategies added to it.</summary>
public sealed class RyzeResiliencePipelineTests : IDisposable
{
    private const string ListPath = "/api/instance/list";
    private const string EmptyList = """{"success":true,"instances":[]}""";
    private readonly RyzeTestServer _server = new();
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _time = FakeClock.Create();

    public void Dispose() => _server.Dispose();

    [Fact]
    public void The_pipeline_runs_total_timeout_retry_throttle_attempt_timeout_then_the_partners_strategies()
    {
        var options = new RyzeClientOptions
        {
            AccountToken = "acct",
            ConfigureResilience = pipeline => pipeline.AddChaosOutcome(0.5, () => new HttpResponseMessage(HttpStatusCode.InternalServerError)),
        };

        var pipeline = RyzeResiliencePipeline.Create(options, _time, new RateLimitGate(_time), NullLoggerFactory.Instance);

        var strategies = pipeline.GetPipelineDescriptor().Strategies;
        strategies.Select(s => s.StrategyInstance is RateLimitThrottleStrategy ? "throttle" : s.Options!.Name).Should().Equal(
            "TotalTimeout", "Retry", "throttle", "AttemptTimeout", "Chaos.Outcome");
        strategies[0].Options.Should().BeOfType<TimeoutStrategyOptions>();
        strategies[1].Options.Should().BeOfType<RetryStrategyOptions<HttpResponseMessage>>();
        strategies[3].Options.Should().BeOfType<TimeoutStrategyOptions>();
        strategies[4].Options.Should().BeOfType<ChaosOutcomeStrategyOptions<HttpResponseMessage>>();
    }

    [Fact]
    public async Task A_429_a_partners_chaos_strategy_injects_is_waited_out_and_the_call_then_sent()
    {
        _server.Server.RespondInSequence(ListPath, Json(200, EmptyList));
        var injected = 0;
        var client = _server.CreateClient(_time, o => o.ConfigureResilience = pipeline => pipeline.AddChaosOutcome(new ChaosOutcomeStrategyOptions<HttpResponseMessage>
        {
            EnabledGenerator = _ => ValueTask.FromResult(Interlocked.Increment(ref injected) == 1),
            OutcomeGenerator = _ => ValueTask.FromResult<Outcome<HttpResponseMessage>?>(Outcome.FromResult(RateLimited(TimeSpan.FromSeconds(3)))),
            InjectionRate = 1,
        }));

        var call = client.Instances.ListAsync();
        await Task.Delay(100);
        _time.Advance(TimeSpan.FromSeconds(2.9));
        await Task.Delay(100);
        _server.Requests.Should().BeEmpty("the injected 429 asked for 3 s");
        _time.Advance(TimeSpan.FromSeconds(0.1));

        (await call.Released()).Should().BeEmpty();
        _server.Requests.Should().HaveCount(1);
        injected.Should().Be(2, "the strategy saw the first attempt and the resend");
    }

    [Fact]
    public async Task A_create_a_partners_chaos_strategy_fails_with_500_is_never_resent()
    {
        var attempts = 0;
        var client = _server.CreateClient(_time, o => o.ConfigureResilience = pipeline => pipeline.AddChaosOutcome(new ChaosOutcomeStrategyOptions<HttpResponseMessage>
        {
            InjectionRate = 1,
            OutcomeGenerator = _ =>
            {
                Interlocked.Increment(ref attempts);
                return ValueTask.FromResult<Outcome<HttpResponseMessage>?>(Outcome.FromResult(new HttpResponseMessage(HttpStatusCode.InternalServerError)));
            },
        }));

        var act = () => _time.DriveAsync(client.Instances.CreateAsync(new CreateInstanceRequest { Name = "sales" }), TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5));

        var thrown = (await act.Should().ThrowAsync<RyzeServerException>()).Which;
        thrown.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        thrown.MayHaveBeenProcessed.Should().BeTrue();
        thrown.Details.Path.Should().Be("/api/instance/new", "a made-up answer still names the call it failed");
        attempts.Should().Be(1);
        _server.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task A_registration_in_the_container_runs_the_partners_strategies_on_the_same_policy()
    {
        _server.Server.RespondInSequence(ListPath, Json(200, EmptyList));
        var attempts = 0;
        var services = new ServiceCollection().AddSingleton<TimeProvider>(_time);
        services.AddRyzeApiClient(o =>
        {
            o.BaseAddress = _server.BaseAddress;
            o.AccountToken = RyzeTestServer.AccountToken;
            o.MaxRetries = 2;
            o.ConfigureResilience = pipeline => pipeline.AddChaosOutcome(new ChaosOutcomeStrategyOptions<HttpResponseMessage>
            {
                InjectionRate = 1,
                OutcomeGenerator = _ =>
                {
                    Interlocked.Increment(ref attempts);
                    return ValueTask.FromResult<Outcome<HttpResponseMessage>?>(Outcome.FromResult(new HttpResponseMessage(HttpStatusCode.BadGateway)));
                },
            });
        });
        await using var provider = services.BuildServiceProvider();

        var act = () => _time.DriveAsync(provider.GetRequiredService<RyzeClient>().Instances.ListAsync(), TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5));

        (await act.Should().ThrowAsync<RyzeServerException>()).Which.StatusCode.Should().Be(HttpStatusCode.BadGateway);
        attempts.Should().Be(3, "a read is resent after a 502, MaxRetries times");
        _server.Requests.Should().BeEmpty();
    }

    private static HttpResponseMessage RateLimited(TimeSpan wait)
    {
        var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests)
        {
            Content = new StringContent("""{"success":false,"error":{"message":"Rate limit exceeded. Try again later."}}"""),
        };
        response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(wait);
        return response;
    }
}
