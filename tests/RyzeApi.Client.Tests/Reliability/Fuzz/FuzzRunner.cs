using Microsoft.Extensions.Logging.Abstractions;
using Refit;
using RyzeApi.Client.Http;

namespace RyzeApi.Client.Tests.Reliability.Fuzz;

/// <summary>
/// Runs one <see cref="FuzzCase"/> through the SDK's real pipeline (Refit, resilience handler, transport, reader) on
/// an in-memory handler, and checks the property: the call ends in time, with a result or a documented exception whose
/// type and message are those of the answer it names (<see cref="FuzzOracle"/>).
/// </summary>
public static class FuzzRunner
{
    /// <summary>Small budgets so that hangs end quickly; the property must hold for any budget.</summary>
    public static RyzeClientOptions Options() => new()
    {
        BaseAddress = new Uri("http://fuzz.invalid/"),
        AccountToken = "fuzz-token",
        AttemptTimeout = TimeSpan.FromMilliseconds(300),
        TotalTimeout = TimeSpan.FromMilliseconds(600),
        ConnectTimeout = TimeSpan.FromMilliseconds(600),
        MaxRetries = 2,
        RetryBaseDelay = TimeSpan.FromMilliseconds(1),
        MaxRateLimitWait = TimeSpan.FromMilliseconds(20),
    };

    private static long _slowestTicks;

    /// <summary>The slowest call seen so far in this process, for the report.</summary>
    public static TimeSpan Slowest => TimeSpan.FromTicks(Interlocked.Read(ref _slowestTicks));

    /// <summary>The longest a call may take: its own budget plus generous slack for a loaded CI machine.</summary>
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);

    /// <summary>Runs the case; returns the exception (or null on success) and throws when the property fails.</summary>
    public static async Task<Exception?> RunAsync(FuzzCase fuzz)
    {
        var options = Options();
        var time = TimeProvider.System;
        var handler = new FuzzHandler(fuzz.Attempts);
        using var http = new HttpClient(new RyzeResilienceHandler(RyzeResiliencePipeline.Create(options, time, new RateLimitGate(time), NullLoggerFactory.Instance), options, time) { InnerHandler = handler })
        {
            BaseAddress = options.BaseAddress,
            Timeout = Timeout.InfiniteTimeSpan,
        };
        var api = RestService.ForGenerated<IRyzeApi>(http, RyzeRefitSettings.Instance);
        var client = new RyzeClient(new RyzeTransport(() => api, options, time));

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var call = FuzzOperations.All[fuzz.Operation].Call(client.Instances);
        if (await Task.WhenAny(call, Task.Delay(Bound)) != call)
        {
            throw new FuzzPropertyException($"The call did not end within {Bound}: {fuzz}");
        }

        var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        RecordDuration(elapsed);

        try
        {
            await call;
            return null;
        }
        catch (RyzeApiException ex)
        {
            if (FuzzOracle.Explain(fuzz, handler.Sent, ex, elapsed) is { } wrong)
            {
                throw new FuzzPropertyException($"{ex.GetType().Name} ({ex.Message}) does not match the input: {wrong}; for {fuzz}", ex);
            }

            return ex;
        }
        catch (Exception ex)
        {
            throw new FuzzPropertyException($"Undocumented {ex.GetType().Name} ({ex.Message}) for {fuzz}", ex);
        }
    }

    private static void RecordDuration(TimeSpan elapsed)
    {
        long seen;
        while (elapsed.Ticks > (seen = Interlocked.Read(ref _slowestTicks)) && Interlocked.CompareExchange(ref _slowestTicks, elapsed.Ticks, seen) != seen)
        {
        }
    }
}

public sealed class FuzzPropertyException(string message, Exception? inner = null) : Exception(message, inner);
