using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace RyzeApi.Client;

/// <summary>
/// One check's last result, reused for a period so that frequent probes (Kubernetes, load balancers) cost RyzeAPI one
/// call per period against the rate limit; probes that arrive while it runs share that call.
/// </summary>
internal sealed class HealthResultCache(TimeSpan duration)
{
    private readonly object _gate = new();
    private Task<HealthCheckResult>? _current;
    private DateTimeOffset _until = DateTimeOffset.MinValue;

    public Task<HealthCheckResult> GetAsync(TimeProvider time, Func<CancellationToken, Task<HealthCheckResult>> check, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_current is null || (_current.IsCompleted && time.GetUtcNow() >= _until))
            {
                _current = RunAsync(time, check);
            }

            return _current.WaitAsync(cancellationToken);
        }
    }

    private async Task<HealthCheckResult> RunAsync(TimeProvider time, Func<CancellationToken, Task<HealthCheckResult>> check)
    {
        // Shared by every waiting probe, so no one probe's cancellation ends it; the client's own timeouts bound it.
        var result = await check(CancellationToken.None).ConfigureAwait(false);
        lock (_gate)
        {
            _until = time.GetUtcNow() + duration;
        }

        return result;
    }
}
