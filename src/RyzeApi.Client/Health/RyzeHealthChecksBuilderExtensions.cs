using Microsoft.Extensions.Diagnostics.HealthChecks;
using RyzeApi.Client;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Health checks for RyzeAPI and its instances, on the <see cref="RyzeClient"/> that <c>AddRyzeApiClient</c> registered.</summary>
public static class RyzeHealthChecksBuilderExtensions
{
    /// <summary>The default time a result is reused before RyzeAPI is asked again: 30 seconds.</summary>
    public static readonly TimeSpan DefaultCacheDuration = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Adds a check of RyzeAPI and the account token: Healthy when <c>GET /health</c> answers and the token is accepted,
    /// Degraded when the token's rate-limit window is used up, Unhealthy otherwise (the description and exception say why,
    /// never a secret). A result is reused for <paramref name="cacheDuration"/>, so probes cost at most one call per period.
    /// </summary>
    /// <param name="builder">The health checks builder.</param>
    /// <param name="name">The check's name.</param>
    /// <param name="clientName">The <c>AddRyzeApiClient</c> registration to check; <see langword="null"/> for the default one.</param>
    /// <param name="cacheDuration">How long a result is reused; <see langword="null"/> for <see cref="DefaultCacheDuration"/>.</param>
    /// <param name="tags">Tags to filter checks by (e.g. <c>ready</c>).</param>
    /// <returns>The builder, for chaining.</returns>
    public static IHealthChecksBuilder AddRyzeApi(
        this IHealthChecksBuilder builder, string name = "ryzeapi", string? clientName = null, TimeSpan? cacheDuration = null, IEnumerable<string>? tags = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var cache = new HealthResultCache(Checked(cacheDuration));
        return builder.Add(new HealthCheckRegistration(
            name, services => new RyzeHealthCheck(Client(services, clientName), cache, Time(services)), failureStatus: null, tags));
    }

    /// <summary>
    /// Adds a check of one instance: Healthy when connected, Degraded while connecting (QR or pairing code), Unhealthy when
    /// disconnected, logged out, banned or not found. A result is reused for <paramref name="cacheDuration"/>.
    /// </summary>
    /// <param name="builder">The health checks builder.</param>
    /// <param name="instanceName">The instance to check.</param>
    /// <param name="name">The check's name; <see langword="null"/> for <c>ryzeapi-instance-{instanceName}</c>.</param>
    /// <param name="clientName">The <c>AddRyzeApiClient</c> registration to use; <see langword="null"/> for the default one.</param>
    /// <param name="cacheDuration">How long a result is reused; <see langword="null"/> for <see cref="DefaultCacheDuration"/>.</param>
    /// <param name="tags">Tags to filter checks by.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentException">The instance name is invalid.</exception>
    public static IHealthChecksBuilder AddRyzeApiInstance(
        this IHealthChecksBuilder builder, string instanceName, string? name = null, string? clientName = null, TimeSpan? cacheDuration = null, IEnumerable<string>? tags = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        InstanceName.Validate(instanceName, nameof(instanceName));
        var cache = new HealthResultCache(Checked(cacheDuration));
        return builder.Add(new HealthCheckRegistration(
            name ?? $"ryzeapi-instance-{instanceName}",
            services => new RyzeInstanceHealthCheck(Client(services, clientName), instanceName, cache, Time(services)),
            failureStatus: null,
            tags));
    }

    private static TimeSpan Checked(TimeSpan? cacheDuration)
    {
        var duration = cacheDuration ?? DefaultCacheDuration;
        ArgumentOutOfRangeException.ThrowIfLessThan(duration, TimeSpan.Zero, nameof(cacheDuration));
        return duration;
    }

    private static RyzeClient Client(IServiceProvider services, string? clientName) => clientName is null
        ? services.GetRequiredService<RyzeClient>()
        : services.GetRequiredService<IRyzeClientFactory>().CreateClient(clientName);

    private static TimeProvider Time(IServiceProvider services) => services.GetService<TimeProvider>() ?? TimeProvider.System;
}
