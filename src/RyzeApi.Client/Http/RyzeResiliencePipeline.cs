using System.Net;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Telemetry;
using Polly.Timeout;
using RyzeApi.Client.Diagnostics;

namespace RyzeApi.Client.Http;

/// <summary>
/// The SDK's whole retry, rate-limit and timeout policy, as one Polly pipeline, built here and only here for the DI and
/// non-DI paths alike. Outermost first:
/// <list type="number">
/// <item>Total timeout: <see cref="RyzeClientOptions.TotalTimeout"/> (connect: that for its waits, plus its long poll).</item>
/// <item>Retry: the limiter's 429 on any endpoint (the call was not processed; any 429 where a resend is safe) after
/// <c>Retry-After</c>, else <c>X-RateLimit-Reset</c> against the server's <c>Date</c> (at least a second), else jittered
/// backoff; 5xx (not 501, nor the 503s that answer), 408, timeouts and transport failures only where SPEC §2 says a resend
/// is safe. A wait above <see cref="RyzeClientOptions.MaxRateLimitWait"/> or past the budget is not slept: the 429 goes back
/// to the caller as <see cref="RyzeRateLimitException"/>.</item>
/// <item>The proactive throttle (<see cref="RateLimitThrottleStrategy"/>), shared per token and bucket. Outside the attempt
/// timeout, so waiting for a window never eats an attempt's time, nor connect's long poll.</item>
/// <item>Attempt timeout: <see cref="RyzeClientOptions.AttemptTimeout"/>; connect's long poll gets <see cref="RyzeClientOptions.ConnectTimeout"/>.</item>
/// <item>The partner's own strategies (<see cref="RyzeClientOptions.ConfigureResilience"/>), innermost: they act as the server would.</item>
/// </list>
/// Which call this is (endpoint, idempotency, bucket, token) comes from the <see cref="ResilienceContext"/> (<see cref="RyzeCall"/>),
/// so any endpoint added to <see cref="RyzeOperation"/> gets its policy from its entry there.
/// </summary>
internal static partial class RyzeResiliencePipeline
{
    /// <summary>The longest backoff after a 5xx or transport failure.</summary>
    internal static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan MinServerWait = TimeSpan.FromSeconds(1);

    public static ResiliencePipeline<HttpResponseMessage> Create(RyzeClientOptions options, TimeProvider time, RateLimitGate gate, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(RyzeTelemetry.Name);
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { Name = RyzeTelemetry.Name, TimeProvider = time }
            .AddTimeout(new TimeoutStrategyOptions
            {
                Name = "TotalTimeout",
                TimeoutGenerator = args => new ValueTask<TimeSpan>(TotalBudget(RyzeCall.Of(args.Context).Operation, options)),
            })
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                Name = "Retry",
                MaxRetryAttempts = Math.Max(1, options.MaxRetries), // Polly needs one; the predicate enforces MaxRetries = 0
                ShouldHandle = async args => await ChooseWaitAsync(args.Context, args.Outcome, args.AttemptNumber, options, time).ConfigureAwait(false) is { } wait
                    && Remember(args.Context, wait),
                DelayGenerator = args => new ValueTask<TimeSpan?>(RyzeCall.Of(args.Context).NextDelay),
                OnRetry = args =>
                {
                    Retrying(logger, args.Context, args.Outcome, args.AttemptNumber, args.RetryDelay);
                    return default;
                },
            })
            // Without options: the overload that takes some validates them by reflection, which trimming cannot see.
            .AddStrategy(_ => new RateLimitThrottleStrategy(options, time, gate, logger))
            .AddTimeout(new TimeoutStrategyOptions
            {
                Name = "AttemptTimeout",
                TimeoutGenerator = args => new ValueTask<TimeSpan>(RyzeCall.Of(args.Context).Operation.IsConnect ? options.ConnectTimeout : options.AttemptTimeout),
            });
        options.ConfigureResilience?.Invoke(builder);
        return builder
            .ConfigureTelemetry(new TelemetryOptions
            {
                LoggerFactory = loggers,
                // An answer is shown by its status only: headers and body never reach Polly's logs or metrics.
                ResultFormatter = static (_, result) => result is HttpResponseMessage response ? StatusCodes.Boxed((int)response.StatusCode) : result,
            })
            .Build();
    }

    /// <summary>How long a call of <paramref name="operation"/> may take, from sending to its answer read.</summary>
    public static TimeSpan TotalBudget(RyzeOperation operation, RyzeClientOptions options) =>
        operation.IsConnect ? options.TotalTimeout + options.ConnectTimeout : options.TotalTimeout;

    /// <summary>How long to wait before resending after <paramref name="outcome"/>, or null to hand it to the caller.</summary>
    private static async ValueTask<TimeSpan?> ChooseWaitAsync(
        ResilienceContext context, Outcome<HttpResponseMessage> outcome, int attempt, RyzeClientOptions options, TimeProvider time)
    {
        var call = RyzeCall.Of(context);
        attempt += call.RetriesBefore;
        if (attempt >= options.MaxRetries || context.CancellationToken.IsCancellationRequested || call.RefusedLocally)
        {
            return null;
        }

        var idempotent = call.Operation.IsIdempotent;
        TimeSpan wait, cap;
        switch (outcome)
        {
            case { Exception: HttpRequestException or TimeoutRejectedException or TimeoutException } when idempotent:
                (wait, cap) = (Backoff(attempt, options), MaxBackoff);
                break;

            // SPEC §1.3: only the limiter's 429 says the call was not processed; WhatsApp's throttling may come mid-way.
            case { Result: { StatusCode: HttpStatusCode.TooManyRequests } limited }
                when idempotent || RyzeErrorMessages.IsLimiter(await PeekAsync(limited, context).ConfigureAwait(false), RateLimitHeaders.Read(limited)):
                (wait, cap) = (RateLimitWait(limited, attempt, options, time), options.MaxRateLimitWait);
                break;

            // "Not connected" and "bridge not configured" are answers, the same on every resend; a proxy's 503 is not.
            case { Result: { } failed } when idempotent && IsTransient(failed.StatusCode)
                && (failed.StatusCode != HttpStatusCode.ServiceUnavailable || !RyzeErrorMessages.IsRefusal(await PeekAsync(failed, context).ConfigureAwait(false))):
                (wait, cap) = (Backoff(attempt, options), MaxBackoff);
                break;
            default:
                return null;
        }

        return wait <= cap && call.Fits(time, wait) ? wait : null;
    }

    private static ValueTask<string?> PeekAsync(HttpResponseMessage response, ResilienceContext context) =>
        RyzeErrorFactory.PeekErrorMessageAsync(response, context.CancellationToken);

    private static bool Remember(ResilienceContext context, TimeSpan wait)
    {
        RyzeCall.Of(context).NextDelay = wait;
        return true;
    }

    /// <summary>The server's wait, at least a second (its reset has one-second resolution); a reset already past backs off instead.</summary>
    private static TimeSpan RateLimitWait(HttpResponseMessage response, int attempt, RyzeClientOptions options, TimeProvider time) =>
        RateLimitHeaders.ReadRetryAfter(response, time.GetUtcNow()) is { } server && server > TimeSpan.Zero
            ? (server > MinServerWait ? server : MinServerWait)
            : Backoff(attempt, options);

    /// <remarks>
    /// 501 is left out: "operation not supported" (SPEC §1.5) is the same answer every time and the server did nothing. 503
    /// stays in: only its body tells RyzeAPI's "not connected" from a proxy's outage (<see cref="ChooseWaitAsync"/>).
    /// </remarks>
    private static bool IsTransient(HttpStatusCode status) =>
        status == HttpStatusCode.RequestTimeout || ((int)status >= 500 && status != HttpStatusCode.NotImplemented);

    /// <summary>Exponential from <see cref="RyzeClientOptions.RetryBaseDelay"/>, "equal jitter" (half fixed, half random) so clients spread out.</summary>
    private static TimeSpan Backoff(int attempt, RyzeClientOptions options)
    {
        var exponential = options.RetryBaseDelay * Math.Pow(2, Math.Min(attempt, 16));
        var capped = exponential < MaxBackoff ? exponential : MaxBackoff;
#pragma warning disable CA5394 // jitter, not security
        return capped * (0.5 + (Random.Shared.NextDouble() / 2));
#pragma warning restore CA5394
    }
}
