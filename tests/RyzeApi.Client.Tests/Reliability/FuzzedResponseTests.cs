using System.Collections.Concurrent;
using CsCheck;
using RyzeApi.Client.Tests.Reliability.Fuzz;
using Xunit.Abstractions;

namespace RyzeApi.Client.Tests.Reliability;

/// <summary>
/// Property: whatever RyzeAPI (or a proxy in front of it) answers, every operation ends within its timeout with a
/// result or a <see cref="RyzeApiException"/> of the type and message its answer calls for (<see cref="FuzzOracle"/>), never
/// a JsonException, NullReferenceException, FormatException, OverflowException or a hang. A failure prints the shrunk case, ready to paste into <see cref="FuzzRegressionTests"/>.
/// </summary>
public sealed class FuzzedResponseTests(ITestOutputHelper output)
{
    /// <summary>Tuned so the run adds well under a minute to CI; raise with RYZE_FUZZ_ITERATIONS for a longer soak.</summary>
    private static readonly long Iterations = long.TryParse(Environment.GetEnvironmentVariable("RYZE_FUZZ_ITERATIONS"), out var n) ? n : 3000;

    [Fact]
    public async Task Every_operation_ends_with_a_result_or_a_documented_exception_whatever_the_response()
    {
        var outcomes = new ConcurrentDictionary<string, int>();
        await FuzzGen.Case.SampleAsync(
            async fuzz =>
            {
                var error = await FuzzRunner.RunAsync(fuzz);
                outcomes.AddOrUpdate(error is null ? "result" : error.GetType().Name, 1, (_, count) => count + 1);
            },
            iter: Iterations,
            threads: 16,
            print: fuzz => fuzz.ToString());

        var total = outcomes.Values.Sum();
        output.WriteLine($"fuzz cases: {total}; " + string.Join(", ", outcomes.OrderByDescending(o => o.Value).Select(o => $"{o.Key} {o.Value}"))
            + $"; slowest call {FuzzRunner.Slowest.TotalMilliseconds:F0} ms (budget 600 ms, bound {FuzzRunner.Bound.TotalSeconds} s)");
        total.Should().BeGreaterThanOrEqualTo((int)Iterations);
        outcomes.Keys.Should().Contain("result", "the valid shapes must still parse");
    }
}
