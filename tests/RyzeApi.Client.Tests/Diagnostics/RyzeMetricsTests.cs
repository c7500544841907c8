using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using RyzeApi.Client.Tests.Infrastructure;

namespace RyzeApi.Client.Tests.Diagnostics;

public sealed class RyzeMetricsTests
{
    [Fact]
    public async Task Under_DI_the_measurements_come_from_a_meter_of_the_containers_IMeterFactory()
    {
        using var server = new RyzeTestServer();
        server.Respond("GET", "/api/instance/getSettings/sales", 200, """{"success":true,"settings":{}}""");
        var services = new ServiceCollection().AddMetrics();
        services.AddRyzeApiClient(o => { o.BaseAddress = server.BaseAddress; o.AccountToken = "acct"; });
        await using var provider = services.BuildServiceProvider();
        var meters = provider.GetRequiredService<IMeterFactory>();
        using var durations = new MetricCollector<double>(meters, RyzeClient.MeterName, "ryzeapi.client.request.duration");

        await provider.GetRequiredService<RyzeClient>().Instances.GetSettingsAsync("sales");

        var measured = durations.GetMeasurementSnapshot().Should().ContainSingle().Subject;
        (measured.Tags["url.template"], measured.Tags["http.response.status_code"]).Should().Be(("/api/instance/getSettings/{instance}", 200));
        durations.Instrument!.Meter.Scope.Should().BeSameAs(meters);
    }
}
