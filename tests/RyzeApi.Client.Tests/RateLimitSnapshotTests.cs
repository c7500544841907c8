using System.Diagnostics.Metrics;
using RyzeApi.Client.Testing;
using RyzeApi.Client.Tests.Infrastructure;

namespace RyzeApi.Client.Tests;

/// <summary>client.RateLimit and the remaining-requests gauge: the values RyzeAPI last sent, per token and bucket.</summary>
public sealed class RateLimitSnapshotTests : IAsyncLifetime
{
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _time = FakeClock.Create();
    private FakeRyzeServer _fake = null!;
    private RyzeClient _client = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeRyzeServer.StartAsync(new FakeRyzeServerOptions { TimeProvider = _time });
        _client = new RyzeClient(new RyzeClientOptions { BaseAddress = _fake.BaseAddress, AccountToken = _fake.AccountToken });
    }

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task The_last_values_are_readable_per_bucket_after_any_call()
    {
        _client.RateLimit.Should().Be(new RateLimitSnapshot());

        await _client.Instances.CreateAsync(new CreateInstanceRequest { Name = "sales" });
        await _client.Instances.ListAsync();
        await _client.Instances.ListAsync();

        var reset = _time.GetUtcNow().AddMinutes(1);
        _client.RateLimit.Should().Be(new RateLimitSnapshot
        {
            Global = new RateLimitInfo { Limit = 100, Remaining = 98, ResetsAt = reset },
            Create = new RateLimitInfo { Limit = 20, Remaining = 19, ResetsAt = reset },
        });
    }

    [Fact]
    public async Task An_instance_token_has_its_own_values_and_the_gauge_exports_them_without_the_token()
    {
        var created = await _client.Instances.CreateAsync(new CreateInstanceRequest { Name = "gauge-sales" });
        var sales = _client.ForInstance("gauge-sales", created.Token!);
        await sales.Instances.GetSettingsAsync("gauge-sales");
        await sales.Instances.GetSettingsAsync("gauge-sales");
        var measured = new List<(int Value, Dictionary<string, object?> Tags)>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Name == "ryzeapi.client.rate_limit.remaining")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<int>((_, value, tags, _) =>
        {
            lock (measured)
            {
                measured.Add((value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value)));
            }
        });
        listener.Start();

        listener.RecordObservableInstruments();

        sales.RateLimit.Global!.Remaining.Should().Be(98);
        sales.RateLimit.Create.Should().BeNull("creates go with the account token");
        _client.RateLimit.Global.Should().BeNull("the account token has made no global call");
        var ours = measured.Where(m => Equals(m.Tags.GetValueOrDefault("ryzeapi.instance"), "gauge-sales")).Should().ContainSingle().Subject;
        ours.Value.Should().Be(98);
        ours.Tags.Should().BeEquivalentTo(new Dictionary<string, object?>
        {
            ["ryzeapi.rate_limit.bucket"] = "global", ["ryzeapi.token"] = "instance", ["ryzeapi.instance"] = "gauge-sales",
        });
        measured.SelectMany(m => m.Tags.Values).Should().NotContain(new object?[] { created.Token, _fake.AccountToken });
    }
}
