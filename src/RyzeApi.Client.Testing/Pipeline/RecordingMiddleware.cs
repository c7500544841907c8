using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace RyzeApi.Client.Testing.Pipeline;

/// <summary>Records every request (after routing, so the matched template is known) and leaves the body readable.</summary>
internal static class RecordingMiddleware
{
    public static async Task InvokeAsync(HttpContext context, RequestDelegate next, FakeContext fake)
    {
        context.Request.EnableBuffering();
        using var reader = new StreamReader(context.Request.Body, leaveOpen: true);
        var body = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        context.Request.Body.Position = 0;
        fake.Requests.Add(new FakeRequest
        {
            Method = context.Request.Method,
            Path = context.Request.Path.Value ?? "",
            Query = context.Request.QueryString.Value ?? "",
            Route = RouteOf(context),
            Headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            Body = body,
            Time = fake.Now,
        });
        await next(context).ConfigureAwait(false);
    }

    /// <summary>The matched route as <c>METHOD template</c>, or null when no route matched.</summary>
    public static string? RouteOf(HttpContext context) =>
        context.GetEndpoint() is RouteEndpoint { RoutePattern.RawText: { } template }
            ? $"{context.Request.Method} {template}"
            : null;
}
