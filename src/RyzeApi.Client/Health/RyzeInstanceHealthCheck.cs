using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace RyzeApi.Client;

/// <summary>One instance's check: Healthy when connected, Degraded while connecting (QR or pairing code), Unhealthy otherwise.</summary>
internal sealed class RyzeInstanceHealthCheck(RyzeClient client, string instance, HealthResultCache cache, TimeProvider time) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        cache.GetAsync(time, CheckAsync, cancellationToken);

    private async Task<HealthCheckResult> CheckAsync(CancellationToken cancellationToken)
    {
        try
        {
            var state = (await client.Instances.GetAsync(instance, cancellationToken).ConfigureAwait(false)).State;
            var data = new Dictionary<string, object> { ["state"] = state.ToString() };
            return state switch
            {
                InstanceState.Connected => HealthCheckResult.Healthy($"Instance '{instance}' is connected.", data),
                InstanceState.Connecting => HealthCheckResult.Degraded($"Instance '{instance}' is connecting (waiting for its QR or pairing code).", data: data),
                _ => HealthCheckResult.Unhealthy($"Instance '{instance}' is {state}.", data: data),
            };
        }
        catch (RyzeRateLimitException limited)
        {
            return HealthCheckResult.Degraded($"The state of instance '{instance}' could not be read: the rate-limit window is used up.", limited);
        }
        catch (RyzeApiException failed)
        {
            return HealthCheckResult.Unhealthy(failed.Message, failed);
        }
    }
}
