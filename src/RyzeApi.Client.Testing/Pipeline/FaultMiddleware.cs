using System.Globalization;
using Microsoft.AspNetCore.Http;
using RyzeApi.Client.Testing.Json;

namespace RyzeApi.Client.Testing.Pipeline;

/// <summary>Applies a queued <see cref="FakeFault"/> or a random 429/503, then answers unknown routes with 404.</summary>
internal static class FaultMiddleware
{
    public static async Task InvokeAsync(HttpContext context, RequestDelegate next, FakeContext fake)
    {
        var fault = fake.Faults.TryTake(context.Request.Method, context.Request.Path.Value ?? "", RecordingMiddleware.RouteOf(context))
            ?? RandomFault(fake);
        if (fault is { ResetConnection: true })
        {
            context.Abort();
            return;
        }

        if (fault is { CutBody: true } or { BodyStall: not null })
        {
            await BrokenBody.AnswerAsync(context, () => AnswerAsync(context, next, fault: null, fake), fault, fake).ConfigureAwait(false);
            return;
        }

        await AnswerAsync(context, next, fault, fake).ConfigureAwait(false);
    }

    private static async Task AnswerAsync(HttpContext context, RequestDelegate next, FakeFault? fault, FakeContext fake)
    {
        if (fault?.Delay is { } delay && !await ParkAsync(context, delay, fake).ConfigureAwait(false))
        {
            return;
        }

        if (fault?.StatusCode is { } status)
        {
            if (status == StatusCodes.Status429TooManyRequests)
            {
                // A faulted 429 looks like the real limiter: nothing left, retry in about a second.
                var limit = int.Parse(context.Response.Headers["X-RateLimit-Limit"].FirstOrDefault() ?? "100", CultureInfo.InvariantCulture);
                RateLimitMiddleware.SetHeaders(context, limit, 0, RateLimiter.UnixSecondsRoundedUp(fake.Now.AddSeconds(1)));
            }

            await Reply.Error(status, fault.Message ?? DefaultMessage(status)).WriteAsync(context).ConfigureAwait(false);
            return;
        }

        if (context.GetEndpoint() is not { } endpoint)
        {
            await Reply.Error(StatusCodes.Status404NotFound, Messages.RouteNotFound).WriteAsync(context).ConfigureAwait(false);
            return;
        }

        // Routing's own 405 endpoint has an empty body; answer it in the envelope like every other error.
        if (endpoint.DisplayName == "405 HTTP Method Not Supported")
        {
            await Reply.Error(StatusCodes.Status405MethodNotAllowed, Messages.MethodNotAllowed).WriteAsync(context).ConfigureAwait(false);
            return;
        }

        await next(context).ConfigureAwait(false);
    }

    /// <summary>
    /// Waits <paramref name="delay"/> on the fake's clock; false when the client gave up or the server is stopping
    /// (then the connection is dropped, as a server going away would).
    /// </summary>
    public static async Task<bool> ParkAsync(HttpContext context, TimeSpan delay, FakeContext fake)
    {
        using var parked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, fake.Stopping);
        try
        {
            await Task.Delay(delay, fake.Options.TimeProvider, parked.Token).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException) when (parked.IsCancellationRequested)
        {
            context.Abort();
            return false;
        }
    }

    private static FakeFault? RandomFault(FakeContext fake)
    {
        if (fake.Options.RandomFaults is not { } random)
        {
            return null;
        }

        double roll;
        lock (fake.Random)
        {
            roll = fake.Random.NextDouble();
        }

        return roll < random.TooManyRequestsRatio ? FakeFault.Status(StatusCodes.Status429TooManyRequests)
            : roll < random.TooManyRequestsRatio + random.ServiceUnavailableRatio ? FakeFault.Status(StatusCodes.Status503ServiceUnavailable)
            : null;
    }

    /// <summary>Documented-style texts; SPEC is silent on generic 5xx texts, so those are ours.</summary>
    private static string DefaultMessage(int status) => status switch
    {
        400 => Messages.InvalidBody,
        401 => Messages.InvalidToken,
        403 => Messages.TokenMismatch,
        404 => Messages.InstanceNotFound,
        409 => Messages.AlreadyExists,
        429 => Messages.RateLimited,
        503 => Messages.ServiceUnavailable,
        _ => Messages.InternalError,
    };
}
