using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace RyzeApi.Client;

/// <summary>The account check: Healthy when <c>/health</c> answers and the token is accepted, Degraded when its window is used up.</summary>
internal sealed class RyzeHealthCheck(RyzeClient client, HealthResultCache cache, TimeProvider time) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        cache.GetAsync(time, CheckAsync, cancellationToken);

    private async Task<HealthCheckResult> CheckAsync(CancellationToken cancellationToken)
    {
        try
        {
            var service = await RyzeHealthProbe.GetServiceHealthAsync(client.Transport, cancellationToken).ConfigureAwait(false);
            if (client.RateLimit.Global is { Remaining: 0, ResetsAt: { } resets } && resets > time.GetUtcNow())
            {
                // Known from the last answer: no probe is spent (or held back until the reset) to learn it again.
                return HealthCheckResult.Degraded($"RyzeAPI is up, but the account token's rate-limit window is used up until {resets:u}.");
            }

            await RyzeHealthProbe.CheckAccountTokenAsync(client.Transport, cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy($"RyzeAPI is up ({service.Status ?? "ok"}) and accepts the account token.");
        }
        catch (RyzeRateLimitException limited)
        {
            return HealthCheckResult.Degraded("RyzeAPI is up, but the account token's rate-limit window is used up.", limited);
        }
        catch (RyzeApiException failed)
        {
            return HealthCheckResult.Unhealthy(failed.Message, failed);
        }
    }
}
