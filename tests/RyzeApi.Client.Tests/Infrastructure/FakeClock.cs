using System.Runtime.CompilerServices;
using Microsoft.Extensions.Time.Testing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace RyzeApi.Client.Tests.Infrastructure;

/// <summary>
/// Drives <see cref="FakeTimeProvider"/> for resilience tests: the client waits on fake time, the test moves it, and
/// only tiny real yields let continuations and loopback requests run.
/// </summary>
public static class FakeClock
{
    private static readonly ConditionalWeakTable<FakeTimeProvider, StrongBox<int>> InFlightByClock = new();

    /// <summary>A fixed, whole-second start so Unix-second reset headers line up exactly.</summary>
    public static FakeTimeProvider Create() => new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

    public static long UnixSeconds(this FakeTimeProvider time, TimeSpan offset) => (time.GetUtcNow() + offset).ToUnixTimeSeconds();

    /// <summary>A JSON response (its <c>Date</c> is dropped by <see cref="ServerDateHandler"/>, so the fake clock rules).</summary>
    public static IResponseBuilder Json(int status, string body = """{"success":true}""") =>
        Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body);

    /// <summary>Polls (real time) until <paramref name="condition"/> holds; fails after five seconds.</summary>
    public static async Task WaitUntilAsync(Func<bool> condition, string because)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        condition().Should().BeTrue(because);
    }

    /// <summary>
    /// Waits until the server logged <paramref name="count"/> requests and the client on <paramref name="time"/> has their
    /// answers (counted by <see cref="ServerDateHandler"/>), then a moment longer so it has armed its fake-time timer:
    /// advancing before that would leave the timer waiting forever. A fixed pause after the request was seen was not enough
    /// on a loaded machine.
    /// </summary>
    public static async Task WaitForAnswersAsync(this WireMockServer server, FakeTimeProvider time, int count)
    {
        await WaitUntilAsync(() => server.LogEntries.Count >= count && Volatile.Read(ref InFlight(time).Value) == 0, $"the client should have had {count} answer(s)");
        await Task.Delay(50);
    }

    /// <summary>Awaits a call that fake time has released, failing instead of hanging if it was not.</summary>
    public static Task<T> Released<T>(this Task<T> call) => call.WaitAsync(TimeSpan.FromSeconds(10));

    /// <summary>
    /// Advances fake time in <paramref name="step"/>s until <paramref name="task"/> ends (at most <paramref name="limit"/> of
    /// fake time), but only while no request is on the wire: a slow loopback answer must not eat fake timeouts.
    /// </summary>
    public static async Task<T> DriveAsync<T>(this FakeTimeProvider time, Task<T> task, TimeSpan step, TimeSpan limit)
    {
        var end = time.GetUtcNow() + limit;
        while (!task.IsCompleted && time.GetUtcNow() < end)
        {
            await Task.WhenAny(task, Task.Delay(5));
            if (!task.IsCompleted && Volatile.Read(ref InFlight(time).Value) == 0)
            {
                time.Advance(step);
            }
        }

        return await task.Released();
    }

    /// <summary>Requests of clients on this fake clock that are waiting for an answer (counted by <see cref="ServerDateHandler"/>).</summary>
    public static StrongBox<int> InFlight(FakeTimeProvider time) => InFlightByClock.GetValue(time, _ => new StrongBox<int>());

    public static async Task DriveAsync(this FakeTimeProvider time, Task task, TimeSpan step, TimeSpan limit) =>
        await time.DriveAsync(task.ContinueWith(t => t, TaskScheduler.Default), step, limit).Unwrap();

    /// <summary>Answers <paramref name="path"/> with each response in turn; the last one repeats.</summary>
    public static void RespondInSequence(this WireMockServer server, string path, params IResponseBuilder[] responses)
    {
        if (responses.Length == 1)
        {
            server.Given(Request.Create().WithPath(path)).RespondWith(responses[0]); // a one-state scenario never starts
            return;
        }

        for (var i = 0; i < responses.Length; i++)
        {
            var mapping = server.Given(Request.Create().WithPath(path)).InScenario(path);
            mapping = i == 0 ? mapping : mapping.WhenStateIs($"{i}");
            (i < responses.Length - 1 ? mapping.WillSetStateTo($"{i + 1}") : mapping).RespondWith(responses[i]);
        }
    }
}
