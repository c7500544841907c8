using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace RyzeApi.Client.Testing.Endpoints;

/// <summary>Maps the 13 instance endpoints of SPEC §2, the events endpoints of §3 and <c>GET /health</c> with plain <see cref="RequestDelegate"/>s (no reflection, AOT-safe).</summary>
internal static class EndpointMap
{
    public static void Map(IEndpointRouteBuilder app, FakeContext fake)
    {
        app.MapGet("/health", c => HealthEndpoint.HandleAsync(c, fake));
        app.MapPost("/api/instance/new", c => CreateEndpoint.HandleAsync(c, fake));
        app.MapGet("/api/instance/list", c => ListEndpoint.HandleAsync(c, fake));
        MapInstance(app, "DELETE", "delete", c => LifecycleEndpoints.DeleteAsync(c, fake));
        MapInstance(app, "GET", "connect", c => ConnectEndpoint.HandleAsync(c, fake));
        MapInstance(app, "POST", "reconnect", c => LifecycleEndpoints.ReconnectAsync(c, fake));
        MapInstance(app, "DELETE", "logout", c => LifecycleEndpoints.LogoutAsync(c, fake));
        MapInstance(app, "GET", "getSettings", c => SettingsEndpoints.GetAsync(c, fake));
        MapInstance(app, "POST", "settings", c => SettingsEndpoints.UpdateAsync(c, fake));
        MapInstance(app, "GET", "getProxy", c => ProxyEndpoints.GetAsync(c, fake));
        MapInstance(app, "POST", "proxy", c => ProxyEndpoints.UpdateAsync(c, fake));
        MapInstance(app, "GET", "getS3", c => S3Endpoints.GetAsync(c, fake));
        MapInstance(app, "POST", "s3", c => S3Endpoints.UpdateAsync(c, fake));
        MapInstance(app, "GET", "metrics", c => MetricsEndpoint.HandleAsync(c, fake));
        app.MapPost("/api/events/webhook/{instance}", c => EventsEndpoints.UpsertWebhookAsync(c, fake));
        app.MapGet("/api/events/getWebhook/{instance}", c => EventsEndpoints.GetWebhooksAsync(c, fake));
        app.MapPost("/api/events/websocket/{instance}", c => EventsEndpoints.ConfigureWebSocketAsync(c, fake));
        app.MapGet("/api/events/getWebsocket/{instance}", c => EventsEndpoints.GetWebSocketAsync(c, fake));
        app.MapGet("/ws/{instance}", c => WebSocketEndpoint.HandleAsync(c, fake));
    }

    private static void MapInstance(IEndpointRouteBuilder app, string method, string action, RequestDelegate handler)
    {
        app.MapMethods($"/api/instance/{action}/{{instance}}", [method], handler);
        app.MapMethods($"/api/instance/{action}", [method], Handler.MissingNameAsync);
    }
}
