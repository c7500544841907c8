namespace RyzeApi.Client.Testing.Pipeline;

/// <summary>The requests received, in arrival order.</summary>
internal sealed class RequestLog
{
    private readonly List<FakeRequest> _requests = [];

    public void Add(FakeRequest request)
    {
        lock (_requests)
        {
            _requests.Add(request);
        }
    }

    public IReadOnlyList<FakeRequest> Snapshot()
    {
        lock (_requests)
        {
            return _requests.ToArray();
        }
    }

    public void Clear()
    {
        lock (_requests)
        {
            _requests.Clear();
        }
    }
}
