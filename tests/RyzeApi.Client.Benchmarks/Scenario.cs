namespace RyzeApi.Client.Benchmarks;

/// <summary>
/// One category of <see cref="ClientBenchmarks"/> outside BenchmarkDotNet: its setup, and its SDK, peer and hand-written calls.
/// <see cref="AllocationGoals"/> and <see cref="InMemoryLoop"/> read the same table, so a category is named once.
/// </summary>
/// <param name="Name">The category, as in <c>[BenchmarkCategory]</c>.</param>
/// <param name="NoGen2">Whether the goal also rules out Gen2 collections: a body buffered whole lands on the large-object heap.</param>
/// <param name="Calls">How many calls measure it: fewer where one call is large.</param>
/// <param name="Setup">The benchmark's own setup for it (the lists' sizes).</param>
/// <param name="Sdk">The SDK's call.</param>
/// <param name="Peer">The peer's call: a partner's Refit client with the standard resilience handler (the baseline).</param>
/// <param name="HandWritten">The hand-written floor's call.</param>
internal sealed record Scenario(
    string Name,
    bool NoGen2,
    int Calls,
    Action<ClientBenchmarks> Setup,
    Func<ClientBenchmarks, Task> Sdk,
    Func<ClientBenchmarks, Task> Peer,
    Func<ClientBenchmarks, Task> HandWritten)
{
    /// <summary>The highest SDK-to-peer ratio allowed, for time and for allocations alike, in every category.</summary>
    public const double Goal = 1.00;

    public static readonly Scenario[] All =
    [
        new("create", NoGen2: false, 20_000, b => b.SetupOthers(), b => b.Create(), b => b.RefitStandardResilienceCreate(), b => b.HandWrittenCreate()),
        new("list-1", NoGen2: true, 20_000, b => b.SetupOthers(), b => b.List1(), b => b.RefitStandardResilienceList1(), b => b.HandWrittenList1()),
        new("list-100", NoGen2: true, 2_000, b => b.SetupList100(), b => b.List100(), b => b.RefitStandardResilienceList100(), b => b.HandWrittenList100()),
        new("list-1000", NoGen2: true, 200, b => b.SetupList1000(), b => b.List1000(), b => b.RefitStandardResilienceList1000(), b => b.HandWrittenList1000()),
        new("settings", NoGen2: false, 20_000, b => b.SetupOthers(), b => b.Settings(), b => b.RefitStandardResilienceSettings(), b => b.HandWrittenSettings()),
        new("connect", NoGen2: false, 20_000, b => b.SetupOthers(), b => b.Connect(), b => b.RefitStandardResilienceConnect(), b => b.HandWrittenConnect()),
        new("error-404", NoGen2: false, 20_000, b => b.SetupOthers(), b => b.Error404(), b => b.RefitStandardResilienceError404(), b => b.HandWrittenError404()),
    ];

    /// <summary>The scenario called <paramref name="name"/>, or null.</summary>
    public static Scenario? Named(string name) => Array.Find(All, s => s.Name == name);
}
