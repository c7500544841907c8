using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Logging;
using Polly;
using RyzeApi.Client.Diagnostics;

namespace RyzeApi.Client.Http;

/// <summary>
/// Proactive throttling as a Polly strategy: after <c>X-RateLimit-Remaining: 0</c> (or a 429) every call with the same token
/// and bucket waits for the reset instead of firing into a 429. The windows live in a <see cref="RateLimitGate"/> shared by
/// every call of a container (or of every client built with <c>new</c> for one server), so this strategy holds no state.
/// </summary>
internal sealed class RateLimitThrottleStrategy(RyzeClientOptions options, TimeProvider time, RateLimitGate gate, ILogger logger)
    : ResilienceStrategy<HttpResponseMessage>
{
    protected override async ValueTask<Outcome<HttpResponseMessage>> ExecuteCore<TState>(
        Func<ResilienceContext, TState, ValueTask<Outcome<HttpResponseMessage>>> callback, ResilienceContext context, TState state)
    {
        var call = RyzeCall.Of(context);
        var (operation, request) = (call.Operation, call.Request);

        // A loop, not an if: another call may have closed the window further while this one waited.
        while (options.ThrottleWhenRateLimited && gate.RemainingWait(operation.Bucket, request) is var closed && closed > TimeSpan.Zero)
        {
            if (closed > options.MaxRateLimitWait || !call.Fits(time, closed))
            {
                call.RefusedLocally = true;
                return Outcome.FromResult(RefusedLocally(request, closed));
            }

            RyzeTelemetry.RateLimitWaits.Add(1, new TagList { { "url.template", operation.Template } });
            RyzeResiliencePipeline.LogRateLimitWait(logger, request.Method.Method, operation.Template, closed.TotalMilliseconds);
            try
            {
                await Task.Delay(closed, time, context.CancellationToken).ConfigureAwait(context.ContinueOnCapturedContext);
            }
            catch (OperationCanceledException ex)
            {
                return Outcome.FromException<HttpResponseMessage>(ex);
            }
        }

        var outcome = await callback(context, state).ConfigureAwait(context.ContinueOnCapturedContext);

        // The wait is read only when the window is used up: the common answer pays for one header lookup.
        if (outcome.Result is { } response
            && (response.StatusCode == HttpStatusCode.TooManyRequests || RateLimitHeaders.IsExhausted(response))
            && RateLimitHeaders.ReadRetryAfter(response, time.GetUtcNow()) is { } closeFor)
        {
            gate.Close(operation.Bucket, request, closeFor);
        }

        return outcome;
    }

    /// <summary>
    /// The window is closed for longer than the caller is willing to wait: answer the 429 the server would give, without
    /// spending a request, so the caller gets <see cref="RyzeRateLimitException"/> with the wait from the one error factory.
    /// </summary>
    private HttpResponseMessage RefusedLocally(HttpRequestMessage request, TimeSpan wait)
    {
        var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests)
        {
            RequestMessage = request,
            Content = new StringContent(
                """{"success":false,"error":{"message":"Rate limit exhausted for this token; the call was not sent."}}""",
                Encoding.UTF8,
                "application/json"),
        };
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(Math.Ceiling(wait.TotalSeconds)));
        response.Headers.TryAddWithoutValidation("X-RateLimit-Remaining", "0");
        // So the exception's RateLimit says when the window reopens, as it does for the server's own 429.
        var reset = (long)Math.Ceiling((time.GetUtcNow() + wait).ToUnixTimeMilliseconds() / 1000.0);
        response.Headers.TryAddWithoutValidation("X-RateLimit-Reset", reset.ToString(CultureInfo.InvariantCulture));
        return response;
    }
}
