using Microsoft.Extensions.DependencyInjection;
using RyzeApi.Client.Tests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace RyzeApi.Client.Tests.DependencyInjection;

/// <summary>Instance tokens per registration: whose provider serves which account, how long a token is kept, and when it is not.</summary>
public sealed class InstanceTokenRegistrationTests : IDisposable
{
    private const string SettingsPath = "/api/instance/getSettings/shop";
    private const string Settings = """{"success":true,"settings":{"autoRejectCalls":true}}""";
    private readonly RyzeTestServer _server = new();
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _time = FakeClock.Create();

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task Two_accounts_that_both_own_an_instance_called_shop_each_get_their_own_providers_token()
    {
        _server.Respond("GET", SettingsPath, 200, Settings);
        var services = new ServiceCollection();
        services.AddKeyedSingleton<IInstanceTokenProvider>("tenant-a", new FixedTokens("shop-of-a"));
        services.AddKeyedScoped<IInstanceTokenProvider>("tenant-b", (_, _) => new FixedTokens("shop-of-b"));
        Register(services, "tenant-a", "acct-a");
        Register(services, "tenant-b", "acct-b");
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        var clients = provider.GetRequiredService<IRyzeClientFactory>();

        await clients.CreateClient("tenant-a").Instances.GetSettingsAsync("shop");
        await clients.CreateClient("tenant-b").Instances.GetSettingsAsync("shop");

        SentTokens().Should().Equal("shop-of-a", "shop-of-b");
    }

    [Fact]
    public async Task An_unkeyed_provider_serves_only_the_default_registration()
    {
        _server.Respond("GET", SettingsPath, 200, Settings);
        var services = new ServiceCollection();
        services.AddSingleton<IInstanceTokenProvider>(new FixedTokens("shop-of-default"));
        Register(services, Microsoft.Extensions.Options.Options.DefaultName, "acct-default");
        Register(services, "tenant-a", "acct-a");
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<RyzeClient>().Instances.GetSettingsAsync("shop");
        await provider.GetRequiredService<IRyzeClientFactory>().CreateClient("tenant-a").Instances.GetSettingsAsync("shop");

        SentTokens().Should().Equal("shop-of-default", "acct-a");
    }

    [Fact]
    public async Task A_looked_up_token_is_reused_for_the_cache_lifetime_and_then_looked_up_again()
    {
        _server.Respond("GET", SettingsPath, 200, Settings);
        var tokens = new FixedTokens("shop-token");
        await using var provider = Container(tokens);
        var client = provider.GetRequiredService<RyzeClient>();

        await client.Instances.GetSettingsAsync("shop");
        _time.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromTicks(1));
        await client.Instances.GetSettingsAsync("shop");
        tokens.Lookups.Should().Be(1, "the default lifetime is 10 minutes");
        _time.Advance(TimeSpan.FromTicks(1));
        await client.Instances.GetSettingsAsync("shop");

        tokens.Lookups.Should().Be(2);
        SentTokens().Should().Equal("shop-token", "shop-token", "shop-token");
    }

    [Fact]
    public async Task A_cached_token_the_server_rejects_is_dropped_and_the_call_sent_once_more_with_a_fresh_lookup()
    {
        _server.Server.Given(Request.Create().WithPath(SettingsPath).WithHeader("token", "old")).InScenario("rotation").WillSetStateTo("rotated")
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(Settings));
        _server.Server.Given(Request.Create().WithPath(SettingsPath).WithHeader("token", "old")).InScenario("rotation").WhenStateIs("rotated")
            .RespondWith(Response.Create().WithStatusCode(401).WithBody("""{"success":false,"error":{"message":"Invalid instance token"}}"""));
        _server.Server.Given(Request.Create().WithPath(SettingsPath).WithHeader("token", "new"))
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(Settings));
        var tokens = new FixedTokens("old", "new");
        await using var provider = Container(tokens);
        var client = provider.GetRequiredService<RyzeClient>();

        await client.Instances.GetSettingsAsync("shop");
        var settings = await client.Instances.GetSettingsAsync("shop");

        settings.AutoRejectCalls.Should().BeTrue();
        SentTokens().Should().Equal("old", "old", "new");
        tokens.Lookups.Should().Be(2);
    }

    [Fact]
    public async Task A_token_just_looked_up_and_rejected_fails_the_call_and_is_not_kept()
    {
        _server.Respond("GET", SettingsPath, 401, """{"success":false,"error":{"message":"Invalid token"}}""");
        var tokens = new FixedTokens("wrong");
        await using var provider = Container(tokens);
        var client = provider.GetRequiredService<RyzeClient>();

        var act = () => client.Instances.GetSettingsAsync("shop");

        await act.Should().ThrowAsync<RyzeAuthenticationException>();
        await act.Should().ThrowAsync<RyzeAuthenticationException>();
        tokens.Lookups.Should().Be(2, "the rejected token was dropped, so the next call looked it up again");
        _server.Requests.Should().HaveCount(2, "a fresh token is not tried twice");
    }

    [Fact]
    public async Task A_provider_that_throws_fails_the_call_inside_the_SDKs_exception_family_without_sending()
    {
        await using var provider = Container(new FailingTokens());

        var act = () => provider.GetRequiredService<RyzeClient>().Instances.GetSettingsAsync("shop");

        var thrown = (await act.Should().ThrowExactlyAsync<RyzeApiException>()).Which;
        thrown.InnerException.Should().BeOfType<InvalidOperationException>().Which.Message.Should().Be("vault down");
        (thrown.Method, thrown.Path).Should().Be(("GET", "/api/instance/getSettings/shop"));
        thrown.MayHaveBeenProcessed.Should().BeFalse();
        _server.Requests.Should().BeEmpty();
    }

    private ServiceProvider Container(IInstanceTokenProvider tokens)
    {
        var services = new ServiceCollection().AddSingleton<TimeProvider>(_time).AddSingleton(tokens);
        Register(services, Microsoft.Extensions.Options.Options.DefaultName, "acct");
        return services.BuildServiceProvider();
    }

    private void Register(IServiceCollection services, string name, string accountToken) =>
        services.AddRyzeApiClient(name, o => { o.BaseAddress = _server.BaseAddress; o.AccountToken = accountToken; o.MaxRetries = 0; });

    private IEnumerable<string> SentTokens() => _server.Requests.Select(r => r.RequestMessage.Headers!["token"].Single());

    private sealed class FixedTokens(params string[] tokens) : IInstanceTokenProvider
    {
        private int _lookups;

        public int Lookups => Volatile.Read(ref _lookups);

        public ValueTask<string?> GetTokenAsync(string instanceName, CancellationToken cancellationToken = default) =>
            new(tokens[Math.Min(Interlocked.Increment(ref _lookups), tokens.Length) - 1]);
    }

    private sealed class FailingTokens : IInstanceTokenProvider
    {
        public ValueTask<string?> GetTokenAsync(string instanceName, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("vault down");
    }
}
