using Microsoft.Extensions.DependencyInjection;

namespace RyzeApi.Client.AspNetCore.Handlers;

/// <summary>
/// One <c>AddRyzeEventHandler</c> call, kept as a singleton so the handlers run in registration order across event
/// types; the typed call is captured here, so dispatch needs no reflection.
/// </summary>
internal sealed class HandlerRegistration(Type eventType, Type handlerType, Func<IServiceProvider, RyzeEvent, RyzeEventContext, CancellationToken, Task> invoke)
{
    public Type EventType { get; } = eventType;

    public Type HandlerType { get; } = handlerType;

    public bool Accepts(RyzeEvent ryzeEvent) => EventType.IsInstanceOfType(ryzeEvent);

    public Task InvokeAsync(IServiceProvider services, RyzeEvent ryzeEvent, RyzeEventContext context, CancellationToken cancellationToken) =>
        invoke(services, ryzeEvent, context, cancellationToken);

    public static HandlerRegistration For<TEvent, THandler>()
        where TEvent : RyzeEvent
        where THandler : class, IRyzeEventHandler<TEvent> =>
        new(typeof(TEvent), typeof(THandler), (services, e, context, ct) => services.GetRequiredService<THandler>().HandleAsync((TEvent)e, context, ct));
}
