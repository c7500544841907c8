using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using RyzeApi.Client.AspNetCore.Handlers;

namespace RyzeApi.Client.AspNetCore.Webhooks;

/// <summary>
/// One delivery, shared by the mapped endpoint and the endpoint filter: 401 unless authorized, 413 over the cap, 400 for
/// a body that is no event or disagrees with the route's <c>{event}</c>, 500 when a handler throws, else 200.
/// </summary>
internal sealed class WebhookReceiver(WebhookAuthorizer authorizer, RyzeEventDispatcher dispatcher, IOptionsMonitor<RyzeWebhookOptions> options)
{
    public async Task<int> ReceiveAsync(HttpContext http)
    {
        if (!authorizer.IsAuthorized(http.Request.Headers.Authorization))
        {
            return StatusCodes.Status401Unauthorized;
        }

        var (status, ryzeEvent) = await WebhookBody.ReadAsync(http, options.CurrentValue.MaxBodySize, http.RequestAborted).ConfigureAwait(false);
        if (ryzeEvent is null)
        {
            if (status == StatusCodes.Status413PayloadTooLarge)
            {
                http.Response.Headers.Connection = "close"; // the rest of the body is not worth draining
            }

            return status;
        }

        // byEvents: RyzeAPI appends the event name to the URL.
        if (http.Request.RouteValues.TryGetValue("event", out var routed) && !string.Equals(routed as string, ryzeEvent.EventName, StringComparison.Ordinal))
        {
            return StatusCodes.Status400BadRequest;
        }

        http.Features.Set(ryzeEvent);
        try
        {
            await dispatcher.DispatchAsync(ryzeEvent, RyzeEventTransport.Webhook, http.RequestServices, http.RequestAborted).ConfigureAwait(false);
            return StatusCodes.Status200OK;
        }
        catch (Exception) when (!http.RequestAborted.IsCancellationRequested)
        {
            return StatusCodes.Status500InternalServerError; // logged by the dispatcher; RyzeAPI delivers it again
        }
    }
}
