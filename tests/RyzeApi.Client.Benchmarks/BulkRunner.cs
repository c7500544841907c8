using System.Diagnostics;
using System.Globalization;
using RyzeApi.Client.Benchmarks.Peer;
using RyzeApi.Client.Testing;

namespace RyzeApi.Client.Benchmarks;

/// <summary>
/// <c>-- --bulk</c>: bulk work under the rate limit. 300 <c>GetSettingsAsync</c> calls from 8 concurrent callers against the fake
/// RyzeAPI on loopback with a per-token window of 50 requests per 5 s, for the SDK and for the peer, each against a fresh
/// fake. Prints the achieved rate over the allowed rate and the 429s the fake's limiter answered (every attempt, retries
/// included). Real time: about 30 s per client.
/// </summary>
internal static class BulkRunner
{
    private const int Calls = 300;
    private const int Callers = 8;
    private const int Limit = 50;
    private const string Instance = "bulk";
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(5);

    public static async Task<int> RunAsync()
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Bulk: {Calls} GetSettings calls, {Callers} concurrent callers, limit {Limit} per {Window.TotalSeconds:0} s per token"));
        Console.WriteLine("| Client | Achieved ÷ allowed rate | 429s from the limiter | Windows | 429s per window | Failed calls | Elapsed |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        var sdk = await MeasureAsync("RyzeClient", async (address, token) =>
        {
            var host = new SdkHost(address, token, primaryHandler: null, listenToTelemetry: false);
            await host.Client.Instances.CreateAsync(new CreateInstanceRequest { Name = Instance });
            return (host, () => host.Client.Instances.GetSettingsAsync(Instance));
        });
        await MeasureAsync("RefitStandardResilience", async (address, token) =>
        {
            var host = new PeerHost(address, token, primaryHandler: null);
            await host.Client.CreateAsync(new PeerCreateBody { Name = Instance });
            return (host, () => host.Client.GetSettingsAsync(Instance));
        });

        var met = sdk.Ratio >= 0.95 && sdk.RefusedPerWindow <= 1 && sdk.Failed == 0;
        Console.WriteLine($"goal (RyzeClient ≥ 0.95 of the allowed rate, ≤ 1 429 per window, no failed call): {(met ? "met" : "MISSED")}");
        return met ? 0 : 1;
    }

    private static async Task<(double Ratio, double RefusedPerWindow, int Failed)> MeasureAsync(
        string name, Func<Uri, string, Task<(IDisposable Host, Func<Task> Call)>> start)
    {
        await using var fake = await FakeRyzeServer.StartAsync(new FakeRyzeServerOptions
        {
            RateLimitPerMinute = Limit,
            RateLimitWindow = Window,
            CreateRateLimitPerMinute = 1_000,
        });
        var (host, call) = await start(fake.BaseAddress, fake.AccountToken);
        using var _ = host;

        // Each successful call's completion time: the first window's 50 may all go at once, so the rate is read from the 50th
        // answer to the last: 250 requests over the time the limit needs for them (five windows, 25 s).
        var done = new List<TimeSpan>(Calls);
        var failed = new System.Collections.Concurrent.ConcurrentDictionary<string, int>();
        var next = 0;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Callers).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) <= Calls)
            {
                try
                {
                    await call();
                    lock (done)
                    {
                        done.Add(watch.Elapsed);
                    }
                }
#pragma warning disable CA1031 // a failed call is counted and reported, whatever it is
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    failed.AddOrUpdate(ex.InnerException is { } inner ? $"{ex.GetType().Name} of {inner.GetType().Name}" : ex.GetType().Name, 1, static (_, n) => n + 1);
                }
            }
        }));
        var elapsed = watch.Elapsed;

        done.Sort();
        var allowedPerSecond = Limit / Window.TotalSeconds;
        var ratio = done.Count > Limit ? (done.Count - Limit) / (done[^1] - done[Limit - 1]).TotalSeconds / allowedPerSecond : double.NaN;
        var windows = (int)Math.Ceiling(elapsed / Window);
        var refused = fake.RateLimitRefusals;
        var perWindow = refused / (double)windows;
        var failures = failed.IsEmpty ? "0" : $"{failed.Values.Sum()} ({string.Join(", ", failed.OrderByDescending(f => f.Value).Select(f => $"{f.Key} {f.Value}"))})";
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"| {name} | {ratio:0.00} | {refused} | {windows} | {perWindow:0.0} | {failures} | {elapsed.TotalSeconds:0.0} s |"));
        return (ratio, perWindow, failed.Values.Sum());
    }
}
