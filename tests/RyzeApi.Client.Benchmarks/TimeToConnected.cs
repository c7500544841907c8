using System.Diagnostics;
using System.Globalization;
using RyzeApi.Client.Testing;

namespace RyzeApi.Client.Benchmarks;

/// <summary>
/// <c>-- --time-to-connected</c>: create → <c>ConnectAndWaitAsync</c> → the QR is shown → the fake pairs the instance (as if the
/// QR were scanned, a few seconds later) → the SDK returns the connected instance. Prints the delay between the pairing and
/// the SDK noticing it, polling (no WebSocket) and on the event stream (WebSocket enabled), against the fake RyzeAPI on
/// loopback with its documented limit of 100 requests per minute. Real time: about 40 s.
/// </summary>
internal static class TimeToConnected
{
    // When the user scans after the QR is shown: spread over a poll interval, so polling is seen at every phase.
    private static readonly double[] ScanAfterSeconds = [1.0, 1.7, 2.4, 3.1, 3.8];
    private static readonly TimeSpan Goal = TimeSpan.FromSeconds(1);

    public static async Task<int> RunAsync()
    {
        await using var fake = await FakeRyzeServer.StartAsync();
        using var sdk = new SdkHost(fake.BaseAddress, fake.AccountToken, primaryHandler: null, listenToTelemetry: false);
        Console.WriteLine("Time to connected: the delay between pairing and ConnectAndWaitAsync returning the connected instance");
        Console.WriteLine("| Waiting on | Delays (s) | Mean | Max | Requests while the QR was shown | Goal ≤ 1 s |");
        Console.WriteLine("|---|---|---:|---:|---:|---|");
        var polling = await MeasureAsync(fake, sdk.Client, "Polling (WebSocket off)", webSocket: false);
        var stream = await MeasureAsync(fake, sdk.Client, "Event stream (WebSocket on)", webSocket: true);
        return stream <= Goal || polling <= Goal ? 0 : 1;
    }

    private static async Task<TimeSpan> MeasureAsync(FakeRyzeServer fake, RyzeClient client, string mode, bool webSocket)
    {
        var delays = new List<TimeSpan>();
        var requests = 0;
        var waited = TimeSpan.Zero;
        foreach (var scanAfter in ScanAfterSeconds)
        {
            var name = FormattableString.Invariant($"{(webSocket ? "stream" : "poll")}-{delays.Count}");
            await client.Instances.CreateAsync(new CreateInstanceRequest
            {
                Name = name,
                WebSocket = webSocket ? new WebSocketConfig { Events = [RyzeEvents.InstanceState] } : null,
            });

            var shown = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var watch = Stopwatch.StartNew();
            var connecting = client.Instances.ConnectAndWaitAsync(name, new Progress<ConnectResult>(_ => shown.TrySetResult()), TimeSpan.FromMinutes(1));
            await shown.Task;
            var (shownAt, before) = (watch.Elapsed, fake.Requests.Count);
            await Task.Delay(TimeSpan.FromSeconds(scanAfter));
            var pairedAt = watch.Elapsed;
            requests += fake.Requests.Count - before;
            waited += pairedAt - shownAt;
            fake.SimulatePairing(name);
            await connecting;
            delays.Add(watch.Elapsed - pairedAt);
        }

        var mean = TimeSpan.FromTicks((long)delays.Average(d => d.Ticks));
        var max = delays.Max();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"| {mode} | {string.Join(", ", delays.Select(d => d.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)))} | {mean.TotalSeconds:0.00} s | {max.TotalSeconds:0.00} s | {requests} in {waited.TotalSeconds:0.0} s | {(max <= Goal ? "met" : "missed")} |"));
        return max;
    }
}
