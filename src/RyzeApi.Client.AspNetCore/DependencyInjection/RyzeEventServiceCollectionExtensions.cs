using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RyzeApi.Client.AspNetCore.Deduplication;
using RyzeApi.Client.AspNetCore.Handlers;
using RyzeApi.Client.AspNetCore.Streaming;
using RyzeApi.Client.AspNetCore.Webhooks;

namespace RyzeApi.Client.AspNetCore;

/// <summary>Registers the webhook receiver, the event handlers and the de-duplication store.</summary>
public static class RyzeEventServiceCollectionExtensions
{
    /// <summary>
    /// Registers the webhook receiver, configured in code; map it with
    /// <see cref="RyzeWebhookEndpointRouteBuilderExtensions.MapRyzeApiWebhooks"/>. Start-up fails when no accepted
    /// <c>Authorization</c> value is set, unless <see cref="RyzeWebhookOptions.AllowUnauthenticatedDelivery"/> is on.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the accepted values, body cap and de-duplication window.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddRyzeApiWebhooks(this IServiceCollection services, Action<RyzeWebhookOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        services.AddRyzeApiWebhookCore().Configure(configure);
        return services;
    }

    /// <summary>Registers the webhook receiver, bound to a configuration section (reloads reach it, e.g. a rotated value).</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="section">The section, e.g. <c>configuration.GetSection("RyzeApi:Webhooks")</c>, with <c>AcceptedAuthorizations</c> as a list.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddRyzeApiWebhooks(this IServiceCollection services, IConfigurationSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        services.AddRyzeApiWebhookCore().Bind(section);
        return services;
    }

    /// <summary>
    /// Adds a handler for <typeparamref name="TEvent"/> (a <see cref="RyzeEvent"/> handler sees every event). Handlers
    /// run one after another in registration order; each is resolved in the delivery's scope.
    /// </summary>
    /// <typeparam name="TEvent">The event type.</typeparam>
    /// <typeparam name="THandler">The handler, registered as scoped.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddRyzeEventHandler<TEvent, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] THandler>(this IServiceCollection services)
        where TEvent : RyzeEvent
        where THandler : class, IRyzeEventHandler<TEvent>
    {
        services.AddRyzeEventPipeline();
        services.TryAddScoped<THandler>();
        services.AddSingleton(HandlerRegistration.For<TEvent, THandler>());
        return services;
    }

    /// <summary>
    /// Remembers handled events in the registered <c>IDistributedCache</c> instead of in memory, so replicas sharing it
    /// (e.g. <c>AddStackExchangeRedisCache</c>) handle a redelivery once whichever one receives it.
    /// </summary>
    /// <param name="services">The service collection; it must also register an <c>IDistributedCache</c>.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddRyzeApiWebhookDeduplication(this IServiceCollection services)
    {
        services.AddRyzeEventPipeline();
        services.Replace(ServiceDescriptor.Singleton<IRyzeEventDeduplicationStore, DistributedDeduplicationStore>());
        return services;
    }

    /// <summary>
    /// Streams the instance's events over its WebSocket (<c>client.Events.StreamAsync</c>, through the registered
    /// <see cref="RyzeClient"/>) in a hosted service, and hands them to the same handlers as webhooks, de-duplication
    /// included: for apps that cannot expose a public URL, or as a second path next to webhooks. Call it once per
    /// instance. A <see cref="StreamGap"/> after a reconnect is logged and handed to handlers of <see cref="StreamGap"/>
    /// (and of <see cref="RyzeEvent"/>): events sent during the gap are not replayed. A handler that throws is logged;
    /// nothing redelivers that event over the stream.
    /// </summary>
    /// <param name="services">The service collection; it must also register the client (<c>AddRyzeApiClient</c>).</param>
    /// <param name="instanceName">The instance; its WebSocket must be enabled.</param>
    /// <param name="options">Reconnect settings; the defaults when <see langword="null"/>.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddRyzeApiEventStream(this IServiceCollection services, string instanceName, EventStreamOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(instanceName);
        services.AddRyzeEventPipeline();
        // Not AddHostedService: it keeps one service per type, and each instance needs its own.
        services.AddSingleton<IHostedService>(provider => new RyzeEventStreamService(
            instanceName,
            options,
            provider,
            provider.GetRequiredService<RyzeEventDispatcher>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<RyzeEventStreamService>>()));
        return services;
    }

    private static OptionsBuilder<RyzeWebhookOptions> AddRyzeApiWebhookCore(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddRyzeEventPipeline();
        services.TryAddSingleton<WebhookAuthorizer>();
        services.TryAddSingleton<WebhookReceiver>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RyzeWebhookOptions>, RyzeWebhookOptionsValidator>());
        return services.AddOptions<RyzeWebhookOptions>().ValidateOnStart();
    }

    internal static void AddRyzeEventPipeline(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<RyzeWebhookOptions>();
        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IRyzeEventDeduplicationStore, InMemoryDeduplicationStore>();
        services.TryAddSingleton<RyzeEventDispatcher>();
    }
}
