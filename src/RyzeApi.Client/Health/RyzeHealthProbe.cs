using RyzeApi.Client.Health.Wire;
using RyzeApi.Client.Http;
using RyzeApi.Client.Serialization;

namespace RyzeApi.Client;

/// <summary>The two calls behind the account health check: the service's <c>/health</c>, and one cheap call with the account token.</summary>
internal static class RyzeHealthProbe
{
    // A name no instance can be expected to have: the look-up's 404 proves the token was accepted without listing the account.
    private const string ProbeName = "ryzeapi-health-probe";

    public static Task<HealthEnvelope> GetServiceHealthAsync(RyzeTransport transport, CancellationToken cancellationToken) =>
        transport.SendWithAccountTokenAsync(
            RyzeOperation.Health,
            string.Empty,
            static (api, _, _, ct) => api.HealthAsync(ct),
            RyzeJsonContext.Default.HealthEnvelope,
            answer => answer,
            cancellationToken);

    /// <summary>Completes when RyzeAPI accepted the account token; throws what it answered otherwise.</summary>
    public static async Task CheckAccountTokenAsync(RyzeTransport transport, CancellationToken cancellationToken)
    {
        try
        {
            await transport.SendWithAccountTokenAsync(
                RyzeOperation.Find,
                string.Empty,
                static (api, _, token, ct) => api.ListAsync(token, ProbeName, ct),
                RyzeJsonContext.Default.ListEnvelope,
                answer => answer,
                cancellationToken).ConfigureAwait(false);
        }
        catch (RyzeNotFoundException)
        {
            // The expected answer: the token got past authentication.
        }
    }
}
