using System.Collections.Concurrent;
using RyzeApi.Client.Testing.State;

namespace RyzeApi.Client.Testing.Events;

/// <summary>
/// Delivers events: as frames to the instance's open sockets, in order, and as POSTs to its enabled webhooks (event
/// filter, <c>byEvents</c> suffix, <c>Authorization</c> header, a few attempts). <see cref="Publish"/> runs under the
/// store lock, so it only queues: frames go to each socket's channel, webhook POSTs run on the thread pool.
/// </summary>
internal sealed class EventHub(FakeContext fake) : IDisposable
{
    private readonly object _gate = new();
    private readonly List<EventSocket> _sockets = [];
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private readonly ConcurrentQueue<FakeWebhookDelivery> _deliveries = new();
    private TaskCompletionSource _socketsChanged = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Uri? BaseAddress { get; set; }

    public IReadOnlyList<FakeWebhookDelivery> Deliveries => _deliveries.ToArray();

    public EventSocket Open(string instance)
    {
        var socket = new EventSocket(instance);
        lock (_gate)
        {
            _sockets.Add(socket);
            SignalSocketsChanged();
        }

        return socket;
    }

    public void Close(EventSocket socket)
    {
        lock (_gate)
        {
            _sockets.Remove(socket);
            SignalSocketsChanged();
        }

        socket.Dispose();
    }

    public int Drop(string instance)
    {
        lock (_gate)
        {
            var open = _sockets.Where(s => s.Instance == instance).ToList();
            open.ForEach(s => s.Drop());
            return open.Count;
        }
    }

    public int CountOpen(string instance)
    {
        lock (_gate)
        {
            return _sockets.Count(s => s.Instance == instance && !s.Dropped.IsCancellationRequested);
        }
    }

    public async Task WaitForOpenAsync(string instance, int count, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (_sockets.Count(s => s.Instance == instance && !s.Dropped.IsCancellationRequested) >= count)
                {
                    return;
                }

                changed = _socketsChanged.Task;
            }

            await changed.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Queues one envelope for <paramref name="record"/>'s sockets and webhooks; call under the store lock.</summary>
    /// <returns>A task that completes when every webhook delivery has ended (delivered or out of attempts).</returns>
    public Task Publish(InstanceRecord record, string eventName, string envelope)
    {
        // SPEC §3.5: disabling keeps open sockets open; they get the events the configuration's filter lets through.
        if (Accepts(record.Websocket.Events, eventName))
        {
            lock (_gate)
            {
                foreach (var socket in _sockets.Where(s => s.Instance == record.Name))
                {
                    socket.Frames.Writer.TryWrite(envelope);
                }
            }
        }

        var hooks = record.Webhooks.Where(h => h.Value.Enabled && Accepts(h.Value.Events, eventName)).ToList();
        return hooks.Count == 0
            ? Task.CompletedTask
            : Task.WhenAll(hooks.Select(h => Task.Run(() => DeliverAsync(h.Key, h.Value, eventName, envelope))));
    }

    public void Dispose() => _http.Dispose();

    private static bool Accepts(IReadOnlyList<string> events, string eventName) => events.Count == 0 || events.Contains(eventName);

    private void SignalSocketsChanged() =>
        Interlocked.Exchange(ref _socketsChanged, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    // SPEC §3.4 says deliveries are retried with backoff; counts and delays are not documented: the fake's are options.
    private async Task DeliverAsync(string label, WebhookState hook, string eventName, string envelope)
    {
        var url = hook.ByEvents ? $"{hook.Url!.TrimEnd('/')}/{eventName}" : hook.Url!;
        var (attempts, status) = (0, (int?)null);
        var allowed = !fake.Options.WebhooksToLoopbackOnly || (Uri.TryCreate(url, UriKind.Absolute, out var target) && target.IsLoopback);
        while (allowed && attempts < fake.Options.WebhookAttempts && !fake.Stopping.IsCancellationRequested)
        {
            if (attempts++ > 0)
            {
                await Task.Delay(fake.Options.WebhookRetryDelay * attempts, fake.Options.TimeProvider, fake.Stopping).ConfigureAwait(false);
            }

            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(envelope, System.Text.Encoding.UTF8, "application/json") };
            if (!string.IsNullOrEmpty(hook.Authorization))
            {
                request.Headers.TryAddWithoutValidation("Authorization", hook.Authorization);
            }

            try
            {
                using var response = await _http.SendAsync(request, fake.Stopping).ConfigureAwait(false);
                status = (int)response.StatusCode;
                if (response.IsSuccessStatusCode)
                {
                    break;
                }
            }
            catch (HttpRequestException)
            {
                status = null;
            }
            catch (TaskCanceledException) when (!fake.Stopping.IsCancellationRequested)
            {
                status = null; // the client's timeout
            }
        }

        _deliveries.Enqueue(new FakeWebhookDelivery
        {
            Label = label, Url = url, EventName = eventName, Attempts = attempts, StatusCode = status, Succeeded = status is >= 200 and < 300,
        });
    }
}
