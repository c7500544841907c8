using System.Globalization;
using Microsoft.AspNetCore.Http;
using RyzeApi.Client.Testing.Json;

namespace RyzeApi.Client.Testing.Pipeline;

/// <summary>Counts the request against its token's bucket, sets the <c>X-RateLimit-*</c> headers and answers 429 over the limit.</summary>
internal static class RateLimitMiddleware
{
    public const string CreateRoute = "POST /api/instance/new";

    public static Task InvokeAsync(HttpContext context, RequestDelegate next, FakeContext fake)
    {
        var options = fake.Options;
        if (!options.RateLimitEnabled || RecordingMiddleware.RouteOf(context) == Endpoints.HealthEndpoint.Route) // SPEC §1.3: /health bypasses the limit
        {
            return next(context);
        }

        // SPEC is silent: whether creations also count against the global bucket; here they count only in their own.
        var isCreate = RecordingMiddleware.RouteOf(context) == CreateRoute;
        var token = Authenticator.ReadToken(context) ?? "";
        var decision = isCreate
            ? fake.RateLimiter.Acquire("create", token, options.CreateRateLimitPerMinute)
            : fake.RateLimiter.Acquire("global", token, options.RateLimitPerMinute);
        SetHeaders(context, decision.Limit, decision.Remaining, decision.ResetUnixSeconds);
        return decision.Allowed
            ? next(context)
            : Reply.Error(StatusCodes.Status429TooManyRequests, Messages.RateLimited).WriteAsync(context);
    }

    public static void SetHeaders(HttpContext context, int limit, int remaining, long resetUnixSeconds)
    {
        var headers = context.Response.Headers;
        headers["X-RateLimit-Limit"] = limit.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Remaining"] = remaining.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Reset"] = resetUnixSeconds.ToString(CultureInfo.InvariantCulture);
    }
}
