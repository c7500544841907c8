using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using RyzeApi.Client.Tests.Infrastructure;

namespace RyzeApi.Client.Tests.DependencyInjection;

/// <summary>
/// App-wide resilience handlers (.NET Aspire's service defaults) would wrap the SDK's handler: a create resent after a 5xx,
/// reads retried on top of the SDK's own retries. The SDK's clients drop them, whether registered before or after.
/// </summary>
public sealed class ForeignResilienceHandlersTests
{
    private const string CreateBody = """{"name":"sales"}""";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_create_answered_500_is_sent_once_despite_app_wide_standard_resilience(bool defaultsFirst)
    {
        using var server = new RyzeTestServer();
        server.Respond("POST", "/api/instance/new", 500, """{"success":false,"error":{"message":"Failed to create instance"}}""");
        await using var provider = Build(server, defaultsFirst, o => o.MaxRetries = 2);

        var act = () => provider.GetRequiredService<RyzeClient>().Instances.CreateAsync(new CreateInstanceRequest { Name = "sales" });

        await act.Should().ThrowAsync<RyzeServerException>();
        server.Requests.Should().ContainSingle().Which.RequestMessage.Body.Should().Be(CreateBody);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_read_is_retried_only_as_often_as_the_SDK_options_say(bool defaultsFirst)
    {
        using var server = new RyzeTestServer();
        server.Respond("GET", "/api/instance/getSettings/sales", 503, """{"success":false,"error":{"message":"down"}}""");
        await using var provider = Build(server, defaultsFirst, o => o.MaxRetries = 0);

        var act = () => provider.GetRequiredService<RyzeClient>().Instances.GetSettingsAsync("sales");

        await act.Should().ThrowAsync<RyzeServerException>();
        server.Requests.Should().HaveCount(1, "MaxRetries = 0");
    }

    [Fact]
    public async Task A_removed_handler_is_logged_once_at_Warning_naming_it()
    {
        using var server = new RyzeTestServer();
        var logs = new FakeLogCollector();
        await using var provider = BuildLogged(server, logs, withAppDefaults: true);
        var client = provider.GetRequiredService<RyzeClient>();

        await client.Instances.GetSettingsAsync("sales");
        _ = provider.GetRequiredService<IHttpClientFactory>().CreateClient("RyzeApi.Client");
        await client.Instances.GetSettingsAsync("sales");

        var warning = logs.GetSnapshot().Should().ContainSingle(r => r.Level >= LogLevel.Warning).Subject;
        (warning.Level, warning.Id.Id, warning.Category).Should().Be((LogLevel.Warning, 30, RyzeClient.MeterName));
        warning.Message.Should().Be("HttpClient RyzeApi.Client: removed ResilienceHandler (a resilience handler added for every HttpClient); "
            + "the SDK's own retries, timeouts and rate-limit waits apply, set in RyzeClientOptions");
    }

    [Fact]
    public async Task Nothing_is_logged_when_no_handler_was_removed()
    {
        using var server = new RyzeTestServer();
        var logs = new FakeLogCollector();
        await using var provider = BuildLogged(server, logs, withAppDefaults: false);

        await provider.GetRequiredService<RyzeClient>().Instances.GetSettingsAsync("sales");

        logs.GetSnapshot().Should().NotContain(r => r.Level >= LogLevel.Warning);
    }

    [Fact]
    public async Task Other_clients_keep_the_app_wide_handler()
    {
        using var server = new RyzeTestServer();
        server.Respond("GET", "/elsewhere", 503, "{}");
        await using var provider = Build(server, defaultsFirst: true, _ => { });

        using var response = await provider.GetRequiredService<IHttpClientFactory>().CreateClient("other").GetAsync(new Uri(server.BaseAddress, "/elsewhere"));

        server.Requests.Should().HaveCount(2, "the app's standard handler still retries its own clients (MaxRetryAttempts = 1 here)");
    }

    private static ServiceProvider Build(RyzeTestServer server, bool defaultsFirst, Action<RyzeClientOptions> configure)
    {
        var services = new ServiceCollection();
        if (defaultsFirst)
        {
            AddAppDefaults(services);
        }

        services.AddRyzeApiClient(o =>
        {
            o.BaseAddress = server.BaseAddress;
            o.AccountToken = "acct";
            o.RetryBaseDelay = TimeSpan.FromMilliseconds(1);
            configure(o);
        });
        if (!defaultsFirst)
        {
            AddAppDefaults(services);
        }

        return services.BuildServiceProvider();
    }

    private static ServiceProvider BuildLogged(RyzeTestServer server, FakeLogCollector logs, bool withAppDefaults)
    {
        server.Respond("GET", "/api/instance/getSettings/sales", 200, """{"success":true,"settings":{}}""");
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(new FakeLoggerProvider(logs)).SetMinimumLevel(LogLevel.Trace));
        if (withAppDefaults)
        {
            AddAppDefaults(services);
        }

        services.AddRyzeApiClient(o => { o.BaseAddress = server.BaseAddress; o.AccountToken = "acct"; });
        return services.BuildServiceProvider();
    }

    // As .NET Aspire's ServiceDefaults template does, with quick retries so that a test that fails does so fast.
    private static void AddAppDefaults(IServiceCollection services) =>
        services.ConfigureHttpClientDefaults(http => http.AddStandardResilienceHandler(o =>
        {
            o.Retry.MaxRetryAttempts = 1;
            o.Retry.Delay = TimeSpan.FromMilliseconds(1);
            o.Retry.UseJitter = false;
        }));
}
