namespace RyzeApi.Client.Testing.Pipeline;

/// <summary>Faults queued with <see cref="FakeRyzeServer.FailNext"/>, taken in order by the first matching request.</summary>
internal sealed class FaultQueue
{
    private readonly List<(string Route, FakeFault Fault)> _faults = [];

    public void Add(string route, FakeFault fault)
    {
        lock (_faults)
        {
            _faults.Add((route.Trim(), fault));
        }
    }

    public FakeFault? TryTake(string method, string path, string? routeTemplate)
    {
        lock (_faults)
        {
            var index = _faults.FindIndex(f => RouteKey.Matches(f.Route, method, path, routeTemplate));
            if (index < 0)
            {
                return null;
            }

            var fault = _faults[index].Fault;
            _faults.RemoveAt(index);
            return fault;
        }
    }

    public void Clear()
    {
        lock (_faults)
        {
            _faults.Clear();
        }
    }
}
