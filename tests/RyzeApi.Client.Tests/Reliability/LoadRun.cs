using System.Collections.Concurrent;

namespace RyzeApi.Client.Tests.Reliability;

/// <summary>What a load run did: calls per outcome, creates sent and stored, memory, duration.</summary>
public sealed class LoadRun
{
    public ConcurrentDictionary<string, int> Outcomes { get; } = new();

    public ConcurrentBag<string> CreatesSucceeded { get; } = [];

    public ConcurrentBag<string> CreatesFailed { get; } = [];

    public ConcurrentBag<Exception> Undocumented { get; } = [];

    /// <summary>The first message seen per outcome, to explain the figures.</summary>
    public ConcurrentDictionary<string, string> Examples { get; } = new();

    public int Calls => Outcomes.Values.Sum();

    public int Successes => Outcomes.GetValueOrDefault("ok");

    public long MemoryBefore { get; set; }

    public long MemoryAfter { get; set; }

    public TimeSpan Duration { get; set; }

    public long MemorySettled { get; set; }

    public TimeSpan SettledAfter { get; set; }

    public string HeapsBefore { get; set; } = string.Empty;

    public string HeapsAfter { get; set; } = string.Empty;

    public int CreateRequestsReceived { get; set; }

    public int DuplicatedCreates { get; set; }

    public int LostCreates { get; set; }

    public int NotFinished { get; set; }

    /// <summary>Milliseconds spent per kind of call, summed over callers.</summary>
    public ConcurrentDictionary<string, long> MillisecondsByKind { get; } = new();

    public void Time(string kind, TimeSpan elapsed) => MillisecondsByKind.AddOrUpdate(kind, (long)elapsed.TotalMilliseconds, (_, n) => n + (long)elapsed.TotalMilliseconds);

    public void Record(string outcome, Exception? example = null)
    {
        Outcomes.AddOrUpdate(outcome, 1, (_, n) => n + 1);
        if (example is not null)
        {
            Examples.TryAdd(outcome, example.Message);
        }
    }

    public override string ToString() =>
        $"calls {Calls} in {Duration.TotalSeconds:F1} s: " + string.Join(", ", Outcomes.OrderByDescending(o => o.Value).Select(o => $"{o.Key} {o.Value}"))
        + $"; creates: {CreatesSucceeded.Count} succeeded, {CreatesFailed.Count} failed, {CreateRequestsReceived} received by the fake, "
        + $"{DuplicatedCreates} duplicated, {LostCreates} lost; undocumented exceptions {Undocumented.Count}; not finished {NotFinished}; "
        + $"managed memory after forced GC {MemoryBefore / 1024} KiB before, {MemoryAfter / 1024} KiB after ({(MemoryAfter - MemoryBefore) * 100.0 / MemoryBefore:+0.0;-0.0} %)"
        + $"; heaps gen0/gen1/gen2/LOH/POH KiB before {HeapsBefore}, after {HeapsAfter}"
        + $"; after {SettledAfter.TotalSeconds:F0} s idle {MemorySettled / 1024} KiB ({(MemorySettled - MemoryBefore) * 100.0 / MemoryBefore:+0.0;-0.0} %)"
        + "\n  time by kind (ms): " + string.Join(", ", MillisecondsByKind.OrderByDescending(k => k.Value).Select(k => $"{k.Key} {k.Value}"))
        + string.Concat(Examples.Where(e => !e.Key.EndsWith("not finished", StringComparison.Ordinal)).Select(e => $"\n  {e.Key}: {e.Value}"));
}
