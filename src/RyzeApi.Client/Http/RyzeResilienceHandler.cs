using System.Diagnostics;
using System.Net;
using System.Text;
using Microsoft.Extensions.Logging;
using RyzeApi.Client.Diagnostics;

namespace RyzeApi.Client.Http;

/// <summary>
/// The SDK's one handler, the same for the DI and non-DI paths: the SDK's whole retry, rate-limit and timeout policy
/// (the call's span, measurement and log event are the transport's, around this and the body read):
/// <list type="bullet">
/// <item>429 on any endpoint (the call was not processed): wait for <c>Retry-After</c>, else <c>X-RateLimit-Reset</c>
/// (against the server's <c>Date</c>), else jittered backoff, then resend; a wait above
/// <see cref="RyzeClientOptions.MaxRateLimitWait"/> or beyond the total budget is not slept, the 429 goes back to the caller.</item>
/// <item>5xx (not 501), 408, timeouts and transport failures: resent only for endpoints SPEC §2 marks idempotent; create,
/// connect and reconnect are sent once, so a create is never duplicated. Such a resend is recorded on the request
/// (<see cref="Resends"/>), since the earlier attempt may have been carried out.</item>
/// <item>Proactive throttling: after <c>X-RateLimit-Remaining: 0</c> (or a 429) calls with the same token and bucket wait
/// for the reset instead of firing into a 429.</item>
/// </list>
/// </summary>
/// <remarks>
/// A hand-written loop rather than a Polly pipeline: the policy needs "429 for every method, 5xx only when idempotent",
/// a cap that hands the 429 back instead of sleeping (Polly ignores MaxDelay for generated delays), and a gate shared
/// across calls; expressed in Polly that is the same code spread over predicates and delegates, and harder to read.
/// Every wait runs on the injected <see cref="TimeProvider"/> and on the caller's token, so it is testable and cancellable.
/// </remarks>
internal sealed partial class RyzeResilienceHandler(RyzeClientOptions options, TimeProvider time, RateLimitGate gate, ILogger logger) : DelegatingHandler
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);
    private readonly TimeoutPool _timeouts = new(time);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var endpoint = RyzeOperation.Of(request);
        RyzeHttpDefaults.Stamp(request);

        // Connect is one long poll that is never retried, so its own timeout is its whole budget. The budget needs no timer
        // of its own: every wait below must end before the deadline, and every attempt's timer is capped by it.
        var budget = endpoint.IsConnect ? options.ConnectTimeout : options.TotalTimeout;
        var deadline = time.GetUtcNow() + budget;
        for (var attempt = 0; ; attempt++)
        {
            // A loop, not an if: another call may have closed the window further while this one waited.
            while (options.ThrottleWhenRateLimited && gate.RemainingWait(endpoint.Bucket, request) is var closed && closed > TimeSpan.Zero)
            {
                if (!CanWait(closed, deadline, options.MaxRateLimitWait))
                {
                    return RefusedLocally(request, closed);
                }

                RyzeTelemetry.RateLimitWaits.Add(1, new TagList { { "url.template", endpoint.Template } });
                LogRateLimitWait(logger, request.Method.Method, endpoint.Template, closed.TotalMilliseconds);
                await Task.Delay(closed, time, cancellationToken).ConfigureAwait(false);
            }

            HttpResponseMessage response;
            try
            {
                response = await SendAttemptAsync(request, endpoint, budget, deadline, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpRequestException or TimeoutException
                && !cancellationToken.IsCancellationRequested
                && endpoint.IsIdempotent && attempt < options.MaxRetries && Backoff(attempt) is var backoff && CanWait(backoff, deadline, MaxBackoff))
            {
                Retrying(request, endpoint, attempt, ex.GetType().Name, backoff);
                Resends.MarkAfterAmbiguousAttempt(request);
                await Task.Delay(backoff, time, cancellationToken).ConfigureAwait(false);
                continue;
            }

            if (RetryWait(request, response, endpoint, attempt, deadline) is not { } wait)
            {
                return response; // the reader maps any error status through the one error factory
            }

            Retrying(request, endpoint, attempt, ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture), wait);
            // A 429, or a 408 (RFC 9110: the request never fully arrived), was not processed: what follows is as good as a first attempt.
            if (response.StatusCode is not (HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout))
            {
                Resends.MarkAfterAmbiguousAttempt(request);
            }

            response.Dispose();
            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// How long to wait before resending after <paramref name="response"/>, or null to hand it to the caller. Also closes the
    /// rate-limit gate when the answer says the window is used up.
    /// </summary>
    private TimeSpan? RetryWait(HttpRequestMessage request, HttpResponseMessage response, RyzeOperation endpoint, int attempt, DateTimeOffset deadline)
    {
        // The wait is read only when the window is used up: the common answer pays for one header lookup.
        var exhausted = response.StatusCode == HttpStatusCode.TooManyRequests || RateLimitHeaders.IsExhausted(response);
        var serverWait = exhausted ? RateLimitHeaders.ReadRetryAfter(response, time.GetUtcNow()) : null;
        if (exhausted && serverWait is { } closeFor)
        {
            gate.Close(endpoint.Bucket, request, closeFor);
        }

        // The backoff is drawn only for an answer that may be resent: a success never pays for the random draw.
        var wait = response.StatusCode == HttpStatusCode.TooManyRequests
            ? (serverWait > TimeSpan.Zero ? serverWait.Value : Backoff(attempt)) // a reset already past: back off, do not hammer
            : IsTransient(response.StatusCode) && endpoint.IsIdempotent ? Backoff(attempt) : (TimeSpan?)null;
        var cap = response.StatusCode == HttpStatusCode.TooManyRequests ? options.MaxRateLimitWait : MaxBackoff;
        return wait is null || attempt >= options.MaxRetries || !CanWait(wait.Value, deadline, cap) ? null : wait;
    }

    /// <summary>
    /// One attempt, on one timeout: the attempt timeout, or what is left of the call's budget when that is sooner. It is armed
    /// only when the answer is not there at once (a timer costs a lock; an answer already there cannot time out).
    /// </summary>
    /// <remarks>A ValueTask: awaited once, and an answer that is already there costs no Task.</remarks>
    private async ValueTask<HttpResponseMessage> SendAttemptAsync(
        HttpRequestMessage request, RyzeOperation endpoint, TimeSpan budget, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        var timeout = endpoint.IsConnect ? options.ConnectTimeout : options.AttemptTimeout;
        var left = deadline - time.GetUtcNow();
        var budgetFirst = left <= timeout;
        if (left <= TimeSpan.Zero)
        {
            throw new TimeoutException($"The call did not complete within {budget}.");
        }

        using var attempt = _timeouts.Rent();
        using var link = attempt.CancelWhen(cancellationToken);
        try
        {
            var sending = base.SendAsync(request, attempt.Token);
            if (!sending.IsCompleted)
            {
                attempt.Arm(budgetFirst ? left : timeout);
            }

            return await sending.ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (attempt.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException(budgetFirst ? $"The call did not complete within {budget}." : $"The attempt did not complete within {timeout}.", ex);
        }
    }

    private bool CanWait(TimeSpan wait, DateTimeOffset deadline, TimeSpan cap) => wait <= cap && time.GetUtcNow() + wait < deadline;

    /// <remarks>
    /// 501 is left out: "operation not supported" (SPEC §1.5) is the same answer every time and the server did nothing. 503 stays
    /// in although RyzeAPI also uses it for "instance not connected": a proxy's 503 looks the same until the body is read.
    /// </remarks>
    private static bool IsTransient(HttpStatusCode status) =>
        status == HttpStatusCode.RequestTimeout || ((int)status >= 500 && status != HttpStatusCode.NotImplemented);

    /// <summary>Exponential from <see cref="RyzeClientOptions.RetryBaseDelay"/>, "equal jitter" (half fixed, half random) so clients spread out.</summary>
    private TimeSpan Backoff(int attempt)
    {
        var exponential = options.RetryBaseDelay * Math.Pow(2, Math.Min(attempt, 16));
        var capped = exponential < MaxBackoff ? exponential : MaxBackoff;
#pragma warning disable CA5394 // jitter, not security
        return capped * (0.5 + (Random.Shared.NextDouble() / 2));
#pragma warning restore CA5394
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
        response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(Math.Ceiling(wait.TotalSeconds)));
        response.Headers.TryAddWithoutValidation("X-RateLimit-Remaining", "0");
        // So the exception's RateLimit says when the window reopens, as it does for the server's own 429.
        var reset = (long)Math.Ceiling((time.GetUtcNow() + wait).ToUnixTimeMilliseconds() / 1000.0);
        response.Headers.TryAddWithoutValidation("X-RateLimit-Reset", reset.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return response;
    }
}
