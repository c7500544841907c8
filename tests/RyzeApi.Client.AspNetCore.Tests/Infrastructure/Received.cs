using System.Collections.Concurrent;

namespace RyzeApi.Client.AspNetCore.Tests.Infrastructure;

/// <summary>What the test handlers saw, in the order they ran.</summary>
public sealed class Received
{
    private readonly ConcurrentQueue<(string Handler, RyzeEvent Event, RyzeEventContext Context)> _calls = new();

    public IReadOnlyList<(string Handler, RyzeEvent Event, RyzeEventContext Context)> Calls => [.. _calls];

    public IReadOnlyList<string> Handlers => [.. _calls.Select(c => c.Handler)];

    public void Add(string handler, RyzeEvent ryzeEvent, RyzeEventContext context) => _calls.Enqueue((handler, ryzeEvent, context));
}
