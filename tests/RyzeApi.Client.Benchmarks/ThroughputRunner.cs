using System.Diagnostics;
using System.Globalization;
using RyzeApi.Client.Testing;

namespace RyzeApi.Client.Benchmarks;

/// <summary>
/// Requests per second over loopback: 64 concurrent callers read one instance's settings from the fake RyzeAPI until a fixed
/// number of requests is done, SDK and hand-written client in alternating rounds. The server runs in this process and shares
/// the machine's cores, so both clients are held back by it alike: the ratio is the figure to read.
/// </summary>
public static class ThroughputRunner
{
    private const int Callers = 64;
    private const string Instance = "throughput";

    public static async Task<int> RunAsync(string[] args)
    {
        var requests = Option(args, "--requests", 20_000);
        var rounds = Option(args, "--rounds", 3);
        await using var fake = await FakeRyzeServer.StartAsync(new FakeRyzeServerOptions { RateLimitEnabled = false });
        using var sdk = new SdkHost(fake.BaseAddress, fake.AccountToken, primaryHandler: null);
        using var http = HandWrittenClient.CreateHttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) }, fake.BaseAddress);
        var handWritten = new HandWrittenClient(http, fake.AccountToken);
        await sdk.Client.Instances.CreateAsync(new CreateInstanceRequest { Name = Instance });

        Func<Task> sdkCall = () => sdk.Client.Instances.GetSettingsAsync(Instance);
        Func<Task> handWrittenCall = () => handWritten.GetSettingsAsync(Instance);

        // Warm-up: JIT, tiering, 64 pooled connections per client.
        await MeasureAsync(sdkCall, requests / 4);
        await MeasureAsync(handWrittenCall, requests / 4);

        var sdkRates = new List<double>();
        var handWrittenRates = new List<double>();
        for (var round = 1; round <= rounds; round++)
        {
            fake.Reset();
            await sdk.Client.Instances.CreateAsync(new CreateInstanceRequest { Name = Instance });
            var (first, second) = round % 2 == 1 ? (sdkCall, handWrittenCall) : (handWrittenCall, sdkCall);
            var firstRate = await MeasureAsync(first, requests);
            var secondRate = await MeasureAsync(second, requests);
            var (sdkRate, handWrittenRate) = round % 2 == 1 ? (firstRate, secondRate) : (secondRate, firstRate);
            sdkRates.Add(sdkRate);
            handWrittenRates.Add(handWrittenRate);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"round {round}: SDK {sdkRate,9:N0} req/s   hand-written {handWrittenRate,9:N0} req/s   ratio {sdkRate / handWrittenRate:0.000}"));
        }

        var sdkMedian = Median(sdkRates);
        var handWrittenMedian = Median(handWrittenRates);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""

            Throughput over loopback: GET getSettings, {Callers} concurrent callers, {requests:N0} requests per round, {rounds} rounds (median)
            | Client       | Requests/s |
            |--------------|-----------:|
            | SDK          | {sdkMedian,10:N0} |
            | HandWritten  | {handWrittenMedian,10:N0} |
            Ratio (SDK / hand-written): {sdkMedian / handWrittenMedian:0.000} (goal >= 0.95)
            """));
        return 0;
    }

    private static async Task<double> MeasureAsync(Func<Task> call, int requests)
    {
        var issued = 0;
        var watch = Stopwatch.StartNew();
        var callers = Enumerable.Range(0, Callers).Select(_ => Task.Run(async () =>
        {
            while (Interlocked.Increment(ref issued) <= requests)
            {
                await call();
            }
        }));
        await Task.WhenAll(callers);
        return requests / watch.Elapsed.TotalSeconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
    }
}
