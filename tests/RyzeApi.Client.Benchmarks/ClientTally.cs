using System.Globalization;
using System.Runtime;

namespace RyzeApi.Client.Benchmarks;

/// <summary>
/// What one client's blocks cost in the throughput run: time, bytes allocated and collections. Both are process-wide
/// (the in-process server's share included), so read them side by side, not as the client's own figures.
/// </summary>
internal sealed class ClientTally
{
    private long _bytes;
    private TimeSpan _cpu;
    private long _workItems;
    private long _compiled;
    private TimeSpan _jitTime;
    private readonly int[] _collections = new int[3];

    public TimeSpan Time { get; private set; }

    public static Reading Snapshot() =>
        new(GC.GetTotalAllocatedBytes(precise: false), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2),
            Environment.CpuUsage.TotalTime, ThreadPool.CompletedWorkItemCount,
            JitInfo.GetCompiledMethodCount(), JitInfo.GetCompilationTime());

    public void Add(
        TimeSpan elapsed,
        Reading before,
        Reading after)
    {
        _workItems += after.WorkItems - before.WorkItems;
        _compiled += after.Compiled - before.Compiled;
        _jitTime += after.JitTime - before.JitTime;
        Time += elapsed;
        _cpu += after.Cpu - before.Cpu;
        _bytes += after.Bytes - before.Bytes;
        _collections[0] += after.Gen0 - before.Gen0;
        _collections[1] += after.Gen1 - before.Gen1;
        _collections[2] += after.Gen2 - before.Gen2;
    }

    public string CpuPer(int requests) => string.Create(CultureInfo.InvariantCulture, $"{_cpu.TotalMicroseconds / requests:0} µs");

    public string JitPer(int requests) => string.Create(
        CultureInfo.InvariantCulture, $"{_compiled:N0} methods, {_jitTime.TotalMilliseconds:0} ms ({_jitTime.TotalMicroseconds / requests:0.0} µs per request)");

    public string WorkItemsPer(int requests) => string.Create(CultureInfo.InvariantCulture, $"{_workItems / (double)requests:0.0}");

    public string BytesPer(int requests) => string.Create(CultureInfo.InvariantCulture, $"{_bytes / 1024.0 / requests:0.00} KB");

    public string CollectionsPer(int requests) => string.Create(
        CultureInfo.InvariantCulture,
        $"{_collections[0] * 1000.0 / requests:0.0} / {_collections[1] * 1000.0 / requests:0.00} / {_collections[2] * 1000.0 / requests:0.00}");

    /// <summary>The process-wide counters at one moment; a block's cost is the difference of two readings.</summary>
    public readonly record struct Reading(long Bytes, int Gen0, int Gen1, int Gen2, TimeSpan Cpu, long WorkItems, long Compiled, TimeSpan JitTime);
}
