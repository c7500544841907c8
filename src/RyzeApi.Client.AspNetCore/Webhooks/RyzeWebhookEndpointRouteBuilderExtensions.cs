using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using RyzeApi.Client.AspNetCore.Webhooks;

namespace RyzeApi.Client.AspNetCore;

/// <summary>Maps the RyzeAPI webhook endpoint, or adds its checks to a route of your own.</summary>
public static class RyzeWebhookEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>POST {pattern}</c> and, for webhooks with <c>byEvents</c> on, <c>POST {pattern}/{event}</c>. Answers 401
    /// to a wrong or missing <c>Authorization</c>, 413 to a body over the cap, 400 to a body that is no event (or names
    /// another event than the path), 500 when a handler throws (RyzeAPI then delivers again), else 200, duplicates and
    /// unknown events included.
    /// </summary>
    /// <param name="endpoints">The app or a route group.</param>
    /// <param name="pattern">The path, e.g. <c>/ryze</c>: the URL your webhooks point at.</param>
    /// <returns>The endpoints' convention builder, for <c>RequireHost</c>, rate limiting and the like.</returns>
    /// <exception cref="InvalidOperationException"><c>AddRyzeApiWebhooks</c> was not called.</exception>
    public static IEndpointConventionBuilder MapRyzeApiWebhooks(this IEndpointRouteBuilder endpoints, [StringSyntax("Route")] string pattern)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        var receiver = ReceiverFrom(endpoints.ServiceProvider);
        var group = endpoints.MapGroup(pattern);
        RequestDelegate receive = async http => http.Response.StatusCode = await receiver.ReceiveAsync(http).ConfigureAwait(false);
        group.MapPost(string.Empty, receive);
        group.MapPost("{event}", receive);
        return group;
    }

    /// <summary>
    /// Gives a route handler of your own the same checks and dispatch as <see cref="MapRyzeApiWebhooks"/>: your handler
    /// runs after the event handlers succeeded (the event is in <c>HttpContext.Features.Get&lt;RyzeEvent&gt;()</c>; the
    /// body is already read, so do not bind it). A route value named <c>event</c> must match the body's event.
    /// </summary>
    /// <typeparam name="TBuilder">The route handler's builder.</typeparam>
    /// <param name="builder">The route, e.g. from <c>app.MapPost(…)</c>.</param>
    /// <returns>The same builder.</returns>
    public static TBuilder AddRyzeApiWebhookFilter<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddEndpointFilter(async (context, next) =>
        {
            var status = await ReceiverFrom(context.HttpContext.RequestServices).ReceiveAsync(context.HttpContext).ConfigureAwait(false);
            return status == StatusCodes.Status200OK ? await next(context).ConfigureAwait(false) : Results.StatusCode(status);
        });
    }

    private static WebhookReceiver ReceiverFrom(IServiceProvider services) =>
        services.GetService<WebhookReceiver>()
        ?? throw new InvalidOperationException("The RyzeAPI webhook receiver is not registered: call services.AddRyzeApiWebhooks(…) first.");
}
