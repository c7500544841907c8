namespace RyzeApi.Client.Benchmarks;

/// <summary>
/// One category of <see cref="ClientBenchmarks"/> outside BenchmarkDotNet: its goal, its setup, and its SDK and hand-written
/// calls. <see cref="AllocationGoals"/> and <see cref="InMemoryLoop"/> read the same table, so a category is named once.
/// </summary>
/// <param name="Name">The category, as in <c>[BenchmarkCategory]</c>.</param>
/// <param name="Goal">The highest SDK-to-hand-written ratio the issue allows, for time and for allocations alike.</param>
/// <param name="NoGen2">Whether the goal also rules out Gen2 collections: a body buffered whole lands on the large-object heap.</param>
/// <param name="Calls">How many calls measure it: fewer where one call is large.</param>
/// <param name="Setup">The benchmark's own setup for it (the lists' sizes).</param>
/// <param name="Sdk">The SDK's call.</param>
/// <param name="HandWritten">The hand-written baseline's call.</param>
internal sealed record Scenario(
    string Name, double Goal, bool NoGen2, int Calls, Action<ClientBenchmarks> Setup, Func<ClientBenchmarks, Task> Sdk, Func<ClientBenchmarks, Task> HandWritten)
{
    public static readonly Scenario[] All =
    [
        new("create", 1.50, NoGen2: false, 20_000, b => b.SetupOthers(), b => b.Create(), b => b.HandWrittenCreate()),
        new("list-1", 1.50, NoGen2: false, 20_000, b => b.SetupOthers(), b => b.List1(), b => b.HandWrittenList1()),
        new("list-100", 1.10, NoGen2: true, 2_000, b => b.SetupList100(), b => b.List100(), b => b.HandWrittenList100()),
        new("list-1000", 1.10, NoGen2: true, 200, b => b.SetupList1000(), b => b.List1000(), b => b.HandWrittenList1000()),
        new("settings", 1.50, NoGen2: false, 20_000, b => b.SetupOthers(), b => b.Settings(), b => b.HandWrittenSettings()),
        new("connect", 1.50, NoGen2: false, 20_000, b => b.SetupOthers(), b => b.Connect(), b => b.HandWrittenConnect()),
        new("error-404", 1.50, NoGen2: false, 20_000, b => b.SetupOthers(), b => b.Error404(), b => b.HandWrittenError404()),
    ];

    /// <summary>The scenario called <paramref name="name"/>, or null.</summary>
    public static Scenario? Named(string name) => Array.Find(All, s => s.Name == name);
}
