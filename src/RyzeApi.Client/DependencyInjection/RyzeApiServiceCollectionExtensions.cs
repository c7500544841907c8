using System.Diagnostics.Metrics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RyzeApi.Client;
using RyzeApi.Client.DependencyInjection;
using RyzeApi.Client.Diagnostics;
using RyzeApi.Client.Http;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="RyzeClient"/> with <see cref="IHttpClientFactory"/>, options validated at start-up.</summary>
/// <remarks>
/// Each registration's options are read once, when its client is created, and that one validated copy serves the
/// client and every HTTP handler built for it; a later configuration reload reaches only the account token, which the
/// next request sends (so it can be rotated without a restart). For the other settings, restart the app (or
/// build a new service provider) to apply changes. Calling <c>AddRyzeApiClient</c> again with the same name adds to that
/// registration's options (in call order) and returns the same client's builder; the SDK's handler is added once.
/// Resilience handlers from Microsoft.Extensions.Http.Resilience or Polly (<c>AddStandardResilienceHandler</c>, e.g. from
/// .NET Aspire's <c>ConfigureHttpClientDefaults</c>) are removed from the SDK's clients: they would resend creates and cut
/// connect's long poll. Retries, timeouts and rate limits are set in <see cref="RyzeClientOptions"/>.
/// </remarks>
public static class RyzeApiServiceCollectionExtensions
{
    // Spelled out: inside this namespace, Options names the Microsoft.Extensions.Options namespace.
    private static readonly string DefaultName = Microsoft.Extensions.Options.Options.DefaultName;

    /// <summary>Registers the default <see cref="RyzeClient"/>, configured in code.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the account token, base address and policy.</param>
    /// <returns>The HTTP client builder, to add your own handlers.</returns>
    /// <remarks>The options are read once, when the client is created, except <see cref="RyzeClientOptions.AccountToken"/>: a configuration reload that changes it reaches the next request. Restart the app (or build a new service provider) to apply other changes.</remarks>
    public static IHttpClientBuilder AddRyzeApiClient(this IServiceCollection services, Action<RyzeClientOptions> configure) =>
        services.AddRyzeApiClient(DefaultName, configure);

    /// <summary>Registers the default <see cref="RyzeClient"/>, configured in code with services at hand (e.g. a secret store).</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the account token, base address and policy; receives the application's <see cref="IServiceProvider"/>.</param>
    /// <returns>The HTTP client builder, to add your own handlers.</returns>
    /// <remarks>The options are read once, when the client is created, except <see cref="RyzeClientOptions.AccountToken"/>: a configuration reload that changes it reaches the next request. Restart the app (or build a new service provider) to apply other changes.</remarks>
    public static IHttpClientBuilder AddRyzeApiClient(this IServiceCollection services, Action<RyzeClientOptions, IServiceProvider> configure) =>
        services.AddRyzeApiClient(DefaultName, configure);

    /// <summary>Registers the default <see cref="RyzeClient"/>, bound to a configuration section (e.g. <c>"RyzeApi"</c> in appsettings.json).</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="section">The section holding <see cref="RyzeClientOptions"/> keys such as <c>AccountToken</c> and <c>BaseAddress</c>.</param>
    /// <returns>The HTTP client builder, to add your own handlers.</returns>
    /// <remarks>The options are read once, when the client is created, except <see cref="RyzeClientOptions.AccountToken"/>: a configuration reload that changes it reaches the next request. Restart the app (or build a new service provider) to apply other changes.</remarks>
    public static IHttpClientBuilder AddRyzeApiClient(this IServiceCollection services, IConfigurationSection section) =>
        services.AddRyzeApiClient(DefaultName, section);

    /// <summary>Registers a named <see cref="RyzeClient"/> (one per RyzeAPI account), resolved through <see cref="IRyzeClientFactory"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The registration name, e.g. <c>"tenant-a"</c>.</param>
    /// <param name="configure">Sets the account token, base address and policy.</param>
    /// <returns>The HTTP client builder, to add your own handlers.</returns>
    /// <remarks>The options are read once, when the client is created, except <see cref="RyzeClientOptions.AccountToken"/>: a configuration reload that changes it reaches the next request. Restart the app (or build a new service provider) to apply other changes.</remarks>
    public static IHttpClientBuilder AddRyzeApiClient(this IServiceCollection services, string name, Action<RyzeClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return services.AddRyzeApiCore(name, options => options.Configure(configure));
    }

    /// <summary>Registers a named <see cref="RyzeClient"/>, configured in code with services at hand (e.g. a per-tenant secret store).</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The registration name, e.g. <c>"tenant-a"</c>.</param>
    /// <param name="configure">Sets the account token, base address and policy; receives the application's <see cref="IServiceProvider"/>.</param>
    /// <returns>The HTTP client builder, to add your own handlers.</returns>
    /// <remarks>The options are read once, when the client is created, except <see cref="RyzeClientOptions.AccountToken"/>: a configuration reload that changes it reaches the next request. Restart the app (or build a new service provider) to apply other changes.</remarks>
    public static IHttpClientBuilder AddRyzeApiClient(this IServiceCollection services, string name, Action<RyzeClientOptions, IServiceProvider> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return services.AddRyzeApiCore(name, options => options.Configure<IServiceProvider>(configure));
    }

    /// <summary>Registers a named <see cref="RyzeClient"/> bound to a configuration section.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The registration name, e.g. <c>"tenant-a"</c>.</param>
    /// <param name="section">The section holding <see cref="RyzeClientOptions"/> keys.</param>
    /// <returns>The HTTP client builder, to add your own handlers.</returns>
    /// <remarks>The options are read once, when the client is created, except <see cref="RyzeClientOptions.AccountToken"/>: a configuration reload that changes it reaches the next request. Restart the app (or build a new service provider) to apply other changes.</remarks>
    public static IHttpClientBuilder AddRyzeApiClient(this IServiceCollection services, string name, IConfigurationSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        return services.AddRyzeApiCore(name, options => options.Bind(section));
    }

    private static IHttpClientBuilder AddRyzeApiCore(this IServiceCollection services, string name, Action<OptionsBuilder<RyzeClientOptions>> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(name);
        var registeredBefore = services.Any(d => d.ServiceType == typeof(RyzeClientRegistry.Registration)
            && d.ImplementationInstance is RyzeClientRegistry.Registration r && r.Name == name);
        configure(services.AddOptions<RyzeClientOptions>(name).ValidateOnStart());
        if (registeredBefore)
        {
            // A second call for a name adds to its options (e.g. a section, then code); its pipeline is already built, and
            // a second SDK handler would nest: retries multiplied, User-Agent stamped twice, every span recorded twice.
            return services.AddHttpClient(RyzeClientFactory.HttpClientName(name));
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RyzeClientOptions>, RyzeClientOptionsValidator>());
        services.AddSingleton(new RyzeClientRegistry.Registration(name));
        services.TryAddSingleton<RyzeClientRegistry>();
        services.TryAddSingleton<IRyzeClientFactory, RyzeClientFactory>();
        // One throttle for the container, keyed by token: it outlives handler rotation and spans named clients.
        services.TryAddSingleton(sp => new RateLimitGate(sp.GetService<TimeProvider>() ?? TimeProvider.System, sp.GetRequiredService<RyzeMetrics>()));
        services.TryAddSingleton(sp => sp.GetRequiredService<IRyzeClientFactory>().CreateClient(DefaultName));

        services.TryAddSingleton(sp => new ForeignResilienceHandlers(sp.GetService<ILoggerFactory>()));
        services.TryAddSingleton(sp => RyzeMetrics.From(sp.GetService<IMeterFactory>()));

        // PostConfigure: after every Configure, so also after app-wide defaults registered later than this call.
        var httpClientName = RyzeClientFactory.HttpClientName(name);
        services.PostConfigure(httpClientName, ForeignResilienceHandlers.RemoveLast(httpClientName));

        // Handler and base address come from the client's snapshot, never from IOptionsMonitor afresh: a handler rebuilt
        // after a reload would otherwise apply new timeouts to a client built with the old ones.
        return services.AddHttpClient(httpClientName)
            .ConfigurePrimaryHttpMessageHandler(static (handler, _) => RyzeHttpDefaults.Decompress(handler))
            .ConfigureHttpClient((sp, http) => RyzeHttpDefaults.Apply(http, sp.GetRequiredService<RyzeClientRegistry>().OptionsOf(name)))
            .AddHttpMessageHandler(sp =>
            {
                var options = sp.GetRequiredService<RyzeClientRegistry>().OptionsOf(name);
                var time = sp.GetService<TimeProvider>() ?? TimeProvider.System;
                var pipeline = RyzeResiliencePipeline.Create(options, time, sp.GetRequiredService<RateLimitGate>(), LoggersOf(sp), sp.GetRequiredService<RyzeMetrics>());
                return new RyzeResilienceHandler(pipeline, options, time);
            })
            // The SDK logs each call itself (route template, no query string, so no phone number): IHttpClientFactory's two
            // default loggers would log the full URL again and cost ~0.4 KB per call. AddDefaultLogger() brings them back.
            .RemoveAllLoggers()
            .RedactLoggedHeaders(static _ => true); // if re-added, IHttpClientFactory's own logs never show the token
    }

    /// <summary>The SDK's logger (category <c>RyzeApi.Client</c>), for the handler and the transport alike.</summary>
    internal static ILogger LoggerOf(IServiceProvider services) => LoggersOf(services).CreateLogger(RyzeTelemetry.Name);

    private static ILoggerFactory LoggersOf(IServiceProvider services) => services.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance;
}
