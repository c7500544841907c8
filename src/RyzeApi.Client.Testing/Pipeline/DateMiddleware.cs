using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace RyzeApi.Client.Testing.Pipeline;

/// <summary>Dates every response on the fake's clock instead of Kestrel's real one.</summary>
/// <remarks>
/// Clients measure <c>X-RateLimit-Reset</c> against the server's <c>Date</c>; with a fake clock the reset comes from
/// that clock, so a real-clock <c>Date</c> would make reset minus <c>Date</c> meaningless.
/// </remarks>
internal static class DateMiddleware
{
    public static Task InvokeAsync(HttpContext context, RequestDelegate next, FakeContext fake)
    {
        // Stamped when the headers go out (as a real server does), so a delayed answer carries the later time.
        context.Response.OnStarting(() =>
        {
            context.Response.Headers.Date = fake.Now.ToString("r", CultureInfo.InvariantCulture);
            return Task.CompletedTask;
        });
        return next(context);
    }
}
