using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RyzeApi.Client.Tests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace RyzeApi.Client.Tests.DependencyInjection;

public sealed class AddRyzeApiClientTests
{
    private const string SettingsAnswer = """{"success":true,"message":"Settings retrieved successfully","settings":{"autoRejectCalls":true}}""";

    [Fact]
    public async Task Container_resolves_a_client_that_sends_the_configured_account_token()
    {
        using var server = new RyzeTestServer();
        server.Respond("GET", "/api/instance/getSettings/sales", 200, SettingsAnswer);
        var services = new ServiceCollection();
        services.AddRyzeApiClient(o => { o.BaseAddress = server.BaseAddress; o.AccountToken = "acct-default"; });
        await using var provider = services.BuildServiceProvider();

        var settings = await provider.GetRequiredService<RyzeClient>().Instances.GetSettingsAsync("sales");

        settings.AutoRejectCalls.Should().BeTrue();
        server.SingleRequest().RequestMessage.Headers!["token"].Should().Equal("acct-default");
    }

    [Fact]
    public async Task A_configure_delegate_given_the_service_provider_reads_the_token_from_a_registered_service()
    {
        using var server = new RyzeTestServer();
        server.Respond("GET", "/api/instance/getSettings/sales", 200, SettingsAnswer);
        var services = new ServiceCollection();
        services.AddSingleton(new SecretStore("acct-from-store"));
        services.AddRyzeApiClient((o, sp) => { o.BaseAddress = server.BaseAddress; o.AccountToken = sp.GetRequiredService<SecretStore>().AccountToken; });
        services.AddRyzeApiClient("tenant-b", (o, sp) => { o.BaseAddress = server.BaseAddress; o.AccountToken = sp.GetRequiredService<SecretStore>().AccountToken + "-b"; });
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<RyzeClient>().Instances.GetSettingsAsync("sales");
        await provider.GetRequiredService<IRyzeClientFactory>().CreateClient("tenant-b").Instances.GetSettingsAsync("sales");

        server.Requests.Select(r => r.RequestMessage.Headers!["token"].Single()).Should().Equal("acct-from-store", "acct-from-store-b");
    }

    [Fact]
    public void The_registration_methods_live_where_partners_look_for_them()
    {
        (typeof(RyzeApiServiceCollectionExtensions).Namespace, typeof(RyzeHealthChecksBuilderExtensions).Namespace)
            .Should().Be(("Microsoft.Extensions.DependencyInjection", "Microsoft.Extensions.DependencyInjection"));
    }

    [Fact]
    public async Task Named_clients_each_send_their_own_token()
    {
        using var server = new RyzeTestServer();
        server.Respond("GET", "/api/instance/getSettings/sales", 200, SettingsAnswer);
        var services = new ServiceCollection();
        services.AddRyzeApiClient("tenant-a", o => { o.BaseAddress = server.BaseAddress; o.AccountToken = "acct-a"; });
        services.AddRyzeApiClient("tenant-b", o => { o.BaseAddress = server.BaseAddress; o.AccountToken = "acct-b"; });
        await using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IRyzeClientFactory>();

        await factory.CreateClient("tenant-a").Instances.GetSettingsAsync("sales");
        await factory.CreateClient("tenant-b").Instances.GetSettingsAsync("sales");

        server.Requests.Select(r => r.RequestMessage.Headers!["token"].Single()).Should().Equal("acct-a", "acct-b");
        factory.CreateClient("tenant-a").Should().BeSameAs(factory.CreateClient("tenant-a"));
    }

    [Fact]
    public async Task Configuration_section_binds_the_options()
    {
        using var server = new RyzeTestServer();
        server.Respond("GET", "/api/instance/getSettings/sales", 200, SettingsAnswer);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["RyzeApi:BaseAddress"] = server.BaseAddress.ToString(),
            ["RyzeApi:AccountToken"] = "acct-from-config",
            ["RyzeApi:MaxRetries"] = "1",
        }).Build();
        var services = new ServiceCollection();
        services.AddRyzeApiClient(configuration.GetSection("RyzeApi"));
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<RyzeClient>().Instances.GetSettingsAsync("sales");

        provider.GetRequiredService<IOptions<RyzeClientOptions>>().Value.MaxRetries.Should().Be(1);
        server.SingleRequest().RequestMessage.Headers!["token"].Should().Equal("acct-from-config");
    }

    [Fact]
    public async Task After_a_configuration_reload_the_next_call_sends_the_new_account_token_and_keeps_the_timeouts()
    {
        using var server = new RyzeTestServer();
        // 300 ms: well inside the snapshot's 30-second attempt timeout, far beyond the reloaded 50 ms one.
        server.Server.Given(Request.Create().WithPath("/api/instance/getSettings/sales").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(SettingsAnswer).WithDelay(300));
        var configuration = ReloadableSection(server.BaseAddress, "acct-snapshot");
        var services = new ServiceCollection();
        services.AddRyzeApiClient(configuration.GetSection("RyzeApi"));
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<RyzeClient>();

        configuration["RyzeApi:AccountToken"] = "acct-reloaded";
        configuration["RyzeApi:AttemptTimeout"] = "00:00:00.050";
        configuration.Reload();
        await client.Instances.GetSettingsAsync("sales");
        await client.Instances.GetSettingsAsync("sales");

        provider.GetRequiredService<IOptionsMonitor<RyzeClientOptions>>().CurrentValue.AccountToken.Should().Be("acct-reloaded", "the reload did reach the options");
        server.Requests.Select(r => r.RequestMessage.Headers!["token"].Single()).Should().Equal("acct-reloaded", "acct-reloaded");
    }

    [Fact]
    public async Task After_a_configuration_reload_the_client_keeps_the_base_address_it_was_created_with()
    {
        using var server = new RyzeTestServer();
        using var elsewhere = new RyzeTestServer();
        server.Respond("GET", "/api/instance/getSettings/sales", 200, SettingsAnswer);
        var configuration = ReloadableSection(server.BaseAddress, "acct-snapshot");
        var services = new ServiceCollection();
        services.AddRyzeApiClient("tenant-a", configuration.GetSection("RyzeApi"));
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<IRyzeClientFactory>().CreateClient("tenant-a");

        configuration["RyzeApi:BaseAddress"] = elsewhere.BaseAddress.ToString();
        configuration.Reload();
        await client.Instances.GetSettingsAsync("sales");

        server.SingleRequest().RequestMessage.Headers!["token"].Should().Equal("acct-snapshot");
        elsewhere.Requests.Should().BeEmpty();
    }

    [Theory]
    [InlineData(null, "https://ryzeapi.cloud", "AccountToken is required")]
    [InlineData("acct", "/relative", "BaseAddress must be an absolute http or https URL")]
    public void Start_up_fails_fast_naming_the_bad_setting(string? token, string baseAddress, string expected)
    {
        var services = new ServiceCollection();
        services.AddRyzeApiClient("tenant-a", o => { o.AccountToken = token; o.BaseAddress = new Uri(baseAddress, UriKind.RelativeOrAbsolute); });
        using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredService<IStartupValidator>().Validate();

        act.Should().Throw<OptionsValidationException>().Which.Message.Should().Contain("RyzeApi.Client 'tenant-a'").And.Contain(expected);
    }

    [Fact]
    public async Task Instance_token_provider_supplies_the_token_for_instance_paths_only()
    {
        using var server = new RyzeTestServer();
        server.Respond("GET", "/api/instance/getSettings/sales", 200, SettingsAnswer);
        server.Respond("DELETE", "/api/instance/delete/sales", 200, """{"success":true,"message":"Instance deleted","instance":{"status":"deleted"}}""");
        var services = new ServiceCollection();
        services.AddSingleton<IInstanceTokenProvider>(new DictionaryTokens(new() { ["sales"] = "inst-sales" }));
        services.AddRyzeApiClient(o => { o.BaseAddress = server.BaseAddress; o.AccountToken = "acct"; });
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<RyzeClient>();

        await client.Instances.GetSettingsAsync("sales");
        await client.Instances.DeleteAsync("sales");

        server.Requests.Select(r => r.RequestMessage.Headers!["token"].Single()).Should().Equal("inst-sales", "acct");
    }

    /// <summary>A configuration whose keys can be changed and reloaded, as a watched appsettings.json would be.</summary>
    private static IConfigurationRoot ReloadableSection(Uri baseAddress, string token) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["RyzeApi:BaseAddress"] = baseAddress.ToString(),
            ["RyzeApi:AccountToken"] = token,
            ["RyzeApi:MaxRetries"] = "0",
        }).Build();

    [Fact]
    public async Task Registering_the_same_name_twice_layers_the_options_and_keeps_one_SDK_handler()
    {
        using var server = new RyzeTestServer();
        server.Respond("GET", "/api/instance/getSettings/sales", 503, """{"success":false,"error":{"message":"down"}}""");
        var services = new ServiceCollection();
        services.AddRyzeApiClient(o => { o.BaseAddress = server.BaseAddress; o.AccountToken = "acct"; o.RetryBaseDelay = TimeSpan.FromMilliseconds(1); });
        services.AddRyzeApiClient(o => o.MaxRetries = 1);
        await using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredService<RyzeClient>().Instances.GetSettingsAsync("sales");

        await act.Should().ThrowAsync<RyzeServerException>();
        server.Requests.Should().HaveCount(2, "MaxRetries = 1 from the second call: one attempt and one retry, not (1 + 1)²");
        server.Requests.Should().AllSatisfy(r => r.RequestMessage.Headers!["User-Agent"].Single().Split("RyzeApi.Client/").Should().HaveCount(2, "one SDK product token"));
    }

    [Fact]
    public async Task A_scoped_token_provider_is_resolved_in_a_scope_of_its_own_for_each_call()
    {
        using var server = new RyzeTestServer();
        server.Respond("GET", "/api/instance/getSettings/sales", 200, SettingsAnswer);
        var services = new ServiceCollection();
        services.AddScoped<IInstanceTokenProvider, ScopedTokens>();
        services.AddRyzeApiClient(o => { o.BaseAddress = server.BaseAddress; o.AccountToken = "acct"; o.InstanceTokenCacheLifetime = TimeSpan.Zero; });
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        var client = provider.GetRequiredService<RyzeClient>();

        await client.Instances.GetSettingsAsync("sales");
        await client.Instances.GetSettingsAsync("sales");

        server.Requests.Select(r => r.RequestMessage.Headers!["token"].Single()).Should().Equal("scope-1", "scope-2");
    }

    [Fact]
    public async Task An_instance_token_provider_answering_an_empty_token_falls_back_to_the_account_token()
    {
        using var server = new RyzeTestServer();
        server.Respond("GET", "/api/instance/getSettings/sales", 200, SettingsAnswer);
        var services = new ServiceCollection();
        services.AddSingleton<IInstanceTokenProvider>(new EmptyTokens());
        services.AddRyzeApiClient(o => { o.BaseAddress = server.BaseAddress; o.AccountToken = "acct"; });
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<RyzeClient>().Instances.GetSettingsAsync("sales");

        server.SingleRequest().RequestMessage.Headers!["token"].Should().Equal("acct");
    }

    private sealed class DictionaryTokens(Dictionary<string, string> tokens) : IInstanceTokenProvider
    {
        public ValueTask<string?> GetTokenAsync(string instanceName, CancellationToken cancellationToken = default) =>
            new(tokens.GetValueOrDefault(instanceName));
    }

    private sealed class EmptyTokens : IInstanceTokenProvider
    {
        public ValueTask<string?> GetTokenAsync(string instanceName, CancellationToken cancellationToken = default) => new(string.Empty);
    }

    private sealed class ScopedTokens : IInstanceTokenProvider
    {
        private static int s_scopes;
        private readonly string _token = $"scope-{Interlocked.Increment(ref s_scopes)}";

        public ValueTask<string?> GetTokenAsync(string instanceName, CancellationToken cancellationToken = default) => new(_token);
    }

    private sealed record SecretStore(string AccountToken);
}
