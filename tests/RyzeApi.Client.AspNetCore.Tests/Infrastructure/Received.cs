using System.Collections.Concurrent;

namespace RyzeApi.Client.AspNetCore.Tests.Infrastructure;

/// <summary>What the test handlers saw, in the order they ran.</summary>
public sealed class Received
{
    private readonly ConcurrentQueue<(string Handler, RyzeEvent Event, RyzeEventContext Context)> _calls = new();

    public IReadOnlyList<(string Handler, RyzeEvent Event, RyzeEventContext Context)> Calls => [.. _calls];

    public IReadOnlyList<string> Handlers => [.. _calls.Select(c => c.Handler)];

    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Add(string handler, RyzeEvent ryzeEvent, RyzeEventContext context)
    {
        _calls.Enqueue((handler, ryzeEvent, context));
        Interlocked.Exchange(ref _changed, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
    }

    /// <summary>Waits until at least <paramref name="count"/> calls were recorded (for handlers fed by a stream).</summary>
    public async Task WaitForAsync(int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        while (true)
        {
            var changed = _changed.Task;
            if (_calls.Count >= count)
            {
                return;
            }

            await changed.WaitAsync(timeout.Token);
        }
    }
}
