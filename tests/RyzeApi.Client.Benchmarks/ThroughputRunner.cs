using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using RyzeApi.Client.Testing;

namespace RyzeApi.Client.Benchmarks;

/// <summary>
/// Requests per second over loopback: 64 concurrent callers read one instance's settings from the fake RyzeAPI until a fixed
/// number of requests is done, SDK and hand-written client in interleaved blocks. The server runs in this process and shares
/// the machine's cores, so both clients are held back by it alike: the ratio is the figure to read.
/// </summary>
public static class ThroughputRunner
{
    private const int Callers = 64;
    private const string Instance = "throughput";
    private const int QuietRound = 10;
    private const int QuietRounds = 3;
    private const int MaxWarmUpRounds = 60;

    public static async Task<int> RunAsync(string[] args)
    {
        var requests = Option(args, "--requests", 80_000);
        var blocks = Option(args, "--blocks", 20);
        var perBlock = Math.Max(requests / blocks, Callers);
        await using var fake = await FakeRyzeServer.StartAsync(new FakeRyzeServerOptions { RateLimitEnabled = false });
        // --no-listeners: nothing listens to the SDK's spans and metrics (no OpenTelemetry in the app).
        using var sdk = new SdkHost(fake.BaseAddress, fake.AccountToken, primaryHandler: null, listenToTelemetry: !args.Contains("--no-listeners"));
        using var http = HandWrittenClient.CreateHttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) }, fake.BaseAddress);
        var handWritten = new HandWrittenClient(http, fake.AccountToken);
        await sdk.Client.Instances.CreateAsync(new CreateInstanceRequest { Name = Instance });

        // --calibrate: a second hand-written client stands in for the SDK, to show the runner's own bias (expect ~1.00).
        using var otherHttp = HandWrittenClient.CreateHttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) }, fake.BaseAddress);
        var other = new HandWrittenClient(otherHttp, fake.AccountToken);
        Func<Task> sdkCall = args.Contains("--calibrate") ? () => other.GetSettingsAsync(Instance) : () => sdk.Client.Instances.GetSettingsAsync(Instance);
        Func<Task> handWrittenCall = () => handWritten.GetSettingsAsync(Instance);
        if (args.Contains("--traced-app"))
        {
            // --traced-app: every call runs inside an incoming request's span, as in a web app with tracing on. Then both
            // clients propagate the trace (HttpClient's own span and a traceparent header); the SDK adds its span.
            (sdkCall, handWrittenCall) = (InSpan(sdkCall), InSpan(handWrittenCall));
        }

        // --only sdk|hand-written: one client alone, e.g. for a profiler to attach to (docs/benchmarks.md, "Profiling").
        if (Array.IndexOf(args, "--only") is var at and >= 0)
        {
            var client = at + 1 < args.Length ? args[at + 1] : null;
            return client is "sdk" or "hand-written"
                ? await RunAloneAsync(client, client == "sdk" ? sdkCall : handWrittenCall, perBlock, blocks)
                : Usage("--only takes sdk or hand-written");
        }

        // Warm-up until the JIT is done: tiered compilation keeps recompiling hot methods (tier 0, instrumented, tier 1) for tens
        // of thousands of calls, on a background thread that takes a core from the callers. A short warm-up measured that JIT
        // work along with the clients: every rate came out about half of what it is, and noisier.
        var (rounds, compiled) = await WarmUpAsync(sdkCall, handWrittenCall, perBlock);

        // Small blocks in ABBA order: the load other processes put on the machine drifts, and both clients see the same drift.
        var sdkTally = new ClientTally();
        var handWrittenTally = new ClientTally();
        var pairRatios = new List<double>();
        for (var block = 0; block < blocks; block++)
        {
            var sdkFirst = block % 4 is 0 or 3;
            var first = await MeasureAsync(sdkFirst ? sdkCall : handWrittenCall, perBlock, sdkFirst ? sdkTally : handWrittenTally);
            var second = await MeasureAsync(sdkFirst ? handWrittenCall : sdkCall, perBlock, sdkFirst ? handWrittenTally : sdkTally);
            var (sdkBlock, handWrittenBlock) = sdkFirst ? (first, second) : (second, first);
            pairRatios.Add(handWrittenBlock / sdkBlock);
        }

        var total = perBlock * blocks;
        var sdkRate = total / sdkTally.Time.TotalSeconds;
        var handWrittenRate = total / handWrittenTally.Time.TotalSeconds;
        pairRatios.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""

            Throughput over loopback: GET getSettings, {Callers} concurrent callers, {perBlock * blocks:N0} requests per client in {blocks} interleaved blocks
            | Client       | Requests/s | CPU per request (process) | Thread-pool items per request | Allocated per request (process) | Gen0 / Gen1 / Gen2 per 1,000 requests |
            |--------------|-----------:|--------------------------:|------------------------------:|--------------------------------:|--------------------------------------:|
            | SDK          | {sdkRate,10:N0} | {sdkTally.CpuPer(total)} | {sdkTally.WorkItemsPer(total)} | {sdkTally.BytesPer(total)} | {sdkTally.CollectionsPer(total)} |
            | HandWritten  | {handWrittenRate,10:N0} | {handWrittenTally.CpuPer(total)} | {handWrittenTally.WorkItemsPer(total)} | {handWrittenTally.BytesPer(total)} | {handWrittenTally.CollectionsPer(total)} |
            Ratio (SDK / hand-written): {sdkRate / handWrittenRate:0.000} (goal >= 0.95); per block pair: min {pairRatios[0]:0.00}, median {pairRatios[pairRatios.Count / 2]:0.00}, max {pairRatios[^1]:0.00}
            Warm-up: {rounds} rounds of {perBlock:N0} requests per client, {compiled:N0} methods compiled; JIT while measuring: SDK blocks {sdkTally.JitPer(total)}, hand-written blocks {handWrittenTally.JitPer(total)}
            """));
        return 0;
    }

    private static async Task<int> RunAloneAsync(string client, Func<Task> call, int perBlock, int blocks)
    {
        var (rounds, _) = await WarmUpAsync(call, call, perBlock);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Warmed up in {rounds} rounds; measuring in 2 s. Process id: {Environment.ProcessId}"));
        await Task.Delay(TimeSpan.FromSeconds(2));
        var tally = new ClientTally();
        var total = perBlock * blocks;
        await MeasureAsync(call, total, tally);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{client}: {total / tally.Time.TotalSeconds:N0} requests/s, CPU {tally.CpuPer(total)} per request, allocated {tally.BytesPer(total)} per request; JIT: {tally.JitPer(total)}"));
        return 0;
    }

    /// <summary>
    /// Both clients in turn until <see cref="QuietRounds"/> rounds in a row each compile fewer than <see cref="QuietRound"/>
    /// methods (or <see cref="MaxWarmUpRounds"/>). One quiet round is not enough: tiering waits for a pause in new
    /// compilations, then promotes a batch of hot methods at once.
    /// </summary>
    private static async Task<(int Rounds, long Compiled)> WarmUpAsync(Func<Task> sdkCall, Func<Task> handWrittenCall, int perBlock)
    {
        var start = JitInfo.GetCompiledMethodCount();
        var quiet = 0;
        for (var round = 1; ; round++)
        {
            var before = JitInfo.GetCompiledMethodCount();
            await MeasureAsync(sdkCall, perBlock);
            await MeasureAsync(handWrittenCall, perBlock);
            quiet = JitInfo.GetCompiledMethodCount() - before < QuietRound ? quiet + 1 : 0;
            if (quiet == QuietRounds || round == MaxWarmUpRounds)
            {
                return (round, JitInfo.GetCompiledMethodCount() - start);
            }
        }
    }

    private static async Task<TimeSpan> MeasureAsync(Func<Task> call, int requests, ClientTally? tally = null)
    {
        var issued = 0;
        var before = ClientTally.Snapshot();
        var watch = Stopwatch.StartNew();
        var callers = Enumerable.Range(0, Callers).Select(_ => Task.Run(async () =>
        {
            while (Interlocked.Increment(ref issued) <= requests)
            {
                await call();
            }
        }));
        await Task.WhenAll(callers);
        var elapsed = watch.Elapsed;
        tally?.Add(elapsed, before, ClientTally.Snapshot());
        return elapsed;
    }

    internal static int Usage(string problem)
    {
        Console.Error.WriteLine(problem);
        return 2;
    }

    private static Func<Task> InSpan(Func<Task> call) => async () =>
    {
        using var incoming = new Activity("incoming request").Start();
        await call();
    };

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
    }
}
