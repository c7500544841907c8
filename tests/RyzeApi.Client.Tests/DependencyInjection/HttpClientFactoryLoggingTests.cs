using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using RyzeApi.Client.Tests.Infrastructure;

namespace RyzeApi.Client.Tests.DependencyInjection;

public sealed class HttpClientFactoryLoggingTests
{
    [Fact]
    public async Task Factory_loggers_are_off_by_default_and_redact_every_header_when_added_back()
    {
        using var server = new RyzeTestServer();
        server.Respond("GET", "/api/instance/getSettings/sales", 200, """{"success":true,"settings":{}}""");
        var logs = new FakeLogCollector();
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(new FakeLoggerProvider(logs)).SetMinimumLevel(LogLevel.Trace));
        services.AddRyzeApiClient("default-loggers", o => { o.BaseAddress = server.BaseAddress; o.AccountToken = "acct-sentinel-1"; });
        services.AddRyzeApiClient("quiet", o => { o.BaseAddress = server.BaseAddress; o.AccountToken = "acct-sentinel-2"; });
        services.AddHttpClient("RyzeApi.Client:default-loggers").AddDefaultLogger();
        await using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IRyzeClientFactory>();

        await factory.CreateClient("default-loggers").Instances.GetSettingsAsync("sales");
        await factory.CreateClient("quiet").Instances.GetSettingsAsync("sales");

        var records = logs.GetSnapshot();
        records.Should().Contain(r => r.Category!.StartsWith("System.Net.Http.HttpClient.RyzeApi.Client:default-loggers", StringComparison.Ordinal)
            && r.Message.Contains("token: *", StringComparison.Ordinal));
        records.Should().NotContain(r => r.Category!.StartsWith("System.Net.Http.HttpClient.RyzeApi.Client:quiet", StringComparison.Ordinal));
        string.Join('\n', records.Select(r => r.Message)).Should().NotContain("acct-sentinel");
    }
}
