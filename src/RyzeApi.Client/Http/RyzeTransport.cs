using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using RyzeApi.Client.Diagnostics;
using RyzeApi.Client.Serialization;

namespace RyzeApi.Client.Http;

/// <summary>What every facade call needs: the Refit client, the options, the clock and the token to send.</summary>
internal sealed partial class RyzeTransport(
    Func<IRyzeApi> api,
    RyzeClientOptions options,
    TimeProvider time,
    RyzeTokens? tokens = null,
    ILogger? logger = null,
    RateLimitGate? rateLimits = null,
    RyzeMetrics? metrics = null)
{
    private readonly RyzeTokens _tokens = tokens ?? new RyzeTokens(() => options.AccountToken!);
    private readonly ILogger _logger = logger ?? NullLogger.Instance;
    private readonly ServerAddress _server = ServerAddress.Of(options.BaseAddress);

    /// <summary>The last rate-limit values per token and bucket: the gate of the handler this transport sends through.</summary>
    public RateLimitGate RateLimits { get; } = rateLimits ?? new RateLimitGate(time, metrics);

    public RyzeMetrics Metrics { get; } = metrics ?? RyzeMetrics.Shared;

    /// <summary>The account token in force now (it may be rotated by a configuration reload).</summary>
    public string AccountToken => _tokens.Account;

    public RyzeClientOptions Options => options;

    public TimeProvider Time => time;

    public ILogger Logger => _logger;

    /// <summary>The token a call on <paramref name="instance"/>'s path sends: its own when one is known, else the account token.</summary>
    public async ValueTask<string> TokenForAsync(string instance, CancellationToken cancellationToken) =>
        (await _tokens.ForInstanceAsync(RyzeOperation.EventStream, instance, cancellationToken).ConfigureAwait(false)).Token;

    /// <summary>A transport that sends <paramref name="token"/> on <paramref name="instance"/>'s paths and behaves as this one elsewhere.</summary>
    public RyzeTransport ForInstance(string instance, string token) => new(api, options, time, _tokens.WithInstanceToken(instance, token), _logger, RateLimits, Metrics);

    /// <summary>
    /// A call the account token must make: create, list, delete. <paramref name="instance"/> (empty for a list) names the
    /// call in telemetry and comes back as the call's second argument.
    /// </summary>
    public Task<TResult> SendWithAccountTokenAsync<T, TResult>(
        RyzeOperation operation,
        string instance,
        Func<IRyzeApi, string, string, CancellationToken, Task<HttpResponseMessage>> call,
        JsonTypeInfo<T> typeInfo,
        Func<T, TResult?> payload,
        CancellationToken cancellationToken)
        where T : WireEnvelope, new()
        where TResult : class =>
        SendCoreAsync(operation, instance, _tokens.Account, call, typeInfo, payload, cancellationToken);

    /// <summary>
    /// A call on one instance's path: its own token when one is known, else the account token (RyzeAPI accepts both).
    /// The call gets <paramref name="instance"/> back as its second argument, so a static lambda needs no closure.
    /// </summary>
    public Task<TResult> SendAsync<T, TResult>(
        RyzeOperation operation,
        string instance,
        Func<IRyzeApi, string, string, CancellationToken, Task<HttpResponseMessage>> call,
        JsonTypeInfo<T> typeInfo,
        Func<T, TResult?> payload,
        CancellationToken cancellationToken)
        where T : WireEnvelope, new()
        where TResult : class =>
        _tokens.HasInstanceTokens
            ? SendWithInstanceTokenAsync(operation, instance, call, typeInfo, payload, cancellationToken)
            : SendCoreAsync(operation, instance, _tokens.Account, call, typeInfo, payload, cancellationToken);

    /// <summary>
    /// Sends with the instance's looked-up token; one the server rejects as invalid is dropped, and when it had come from the
    /// cache the call is sent once more with a fresh look-up (the vault may have rotated it).
    /// </summary>
    private async Task<TResult> SendWithInstanceTokenAsync<T, TResult>(
        RyzeOperation operation,
        string instance,
        Func<IRyzeApi, string, string, CancellationToken, Task<HttpResponseMessage>> call,
        JsonTypeInfo<T> typeInfo,
        Func<T, TResult?> payload,
        CancellationToken cancellationToken)
        where T : WireEnvelope, new()
        where TResult : class
    {
        var (token, cached) = await _tokens.ForInstanceAsync(operation, instance, cancellationToken).ConfigureAwait(false);
        try
        {
            return await SendCoreAsync(operation, instance, token, call, typeInfo, payload, cancellationToken).ConfigureAwait(false);
        }
        catch (RyzeApiException rejected) when (_tokens.DropRejected(instance, token, cached, rejected))
        {
            (token, _) = await _tokens.ForInstanceAsync(operation, instance, cancellationToken).ConfigureAwait(false);
            return await SendCoreAsync(operation, instance, token, call, typeInfo, payload, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Sends one call and reads its answer, inside the call's one span, measurement and log event (<see cref="RyzeCallTelemetry"/>).
    /// <see cref="RyzeResilienceHandler"/> bounds the sending (attempts, retries, waits, within the call's budget); this
    /// method bounds reading the body, which happens after the handler has returned, by what is left of the same budget.
    /// </summary>
    /// <remarks>
    /// A read whose 2xx answer is cut off after its headers is sent once more through the policy, as one of the call's
    /// attempts (<see cref="RyzeResilienceHandler.ReadAgainAsync"/>), within what is left of its budget: reading is safe to
    /// repeat. An error status has had its own retries, and an update or delete that reached the server is not sent again.
    /// The body is streamed, not buffered, so a large list costs no more memory than the list itself.
    /// </remarks>
    private async Task<TResult> SendCoreAsync<T, TResult>(
        RyzeOperation operation,
        string instance,
        string token,
        Func<IRyzeApi, string, string, CancellationToken, Task<HttpResponseMessage>> call,
        JsonTypeInfo<T> typeInfo,
        Func<T, TResult?> payload,
        CancellationToken cancellationToken)
        where T : WireEnvelope, new()
        where TResult : class
    {
        using var telemetry = RyzeCallTelemetry.Start(operation, _server, instance, Metrics);
        var budget = RyzeResiliencePipeline.TotalBudget(operation, options);
        var started = time.GetTimestamp();
        // The handler bounds the sending; this bounds the body read after it, by the same budget counted from now. The
        // caller's token cancels it through a registration, not a linked source: that costs nothing when it cannot cancel,
        // and the linked source's objects (~200 B) would put create above the peer's bytes (--allocation-goals).
        using var reading = new CancellationTokenSource(budget, time);
        using var caller = cancellationToken.UnsafeRegister(static source => ((CancellationTokenSource)source!).Cancel(), reading);
        HttpRequestMessage? sent = null; // for the timeout's message: the method and path of the call that ran out
        if (token != _tokens.Account)
        {
            RateLimits.Name(token, instance); // the gauge tags an instance token's values with its instance
        }

        try
        {
            var response = await call(api(), instance, token, cancellationToken).ConfigureAwait(false);
            try
            {
                for (var resent = false; ; resent = true)
                {
                    sent = response.RequestMessage;
                    try
                    {
                        var result = await RyzeResponseReader.ReadAsync(response, typeInfo, payload, time, reading.Token).ConfigureAwait(false);
                        telemetry.Succeeded(_logger, (int)response.StatusCode);
                        return result;
                    }
                    catch (RyzeConnectionException ex) when (!resent && !ex.IsTimeout && !reading.IsCancellationRequested
                        && RyzeResilienceHandler.MayReadAgain(response, operation, options) && time.GetElapsedTime(started) < budget)
                    {
                        Resending(operation, ex);
                        var again = await ReadAgainAsync(response, call, instance, token, reading.Token).ConfigureAwait(false);
                        response.Dispose();
                        response = again;
                    }
                }
            }
            finally
            {
                response.Dispose();
            }
        }
        catch (OperationCanceledException ex) when (reading.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            var timedOut = RyzeErrorFactory.FromTransportFailure(sent, new TimeoutException($"The call did not complete within {budget}.", ex), cancellationToken);
            telemetry.Failed(_logger, timedOut, cancellationToken);
            throw timedOut;
        }
        catch (OperationCanceledException ex) when (cancellationToken.IsCancellationRequested && ex.CancellationToken != cancellationToken)
        {
            // The body is read, and a read is sent again, on the linked token: the caller's cancellation carries the caller's token.
            var cancelled = new OperationCanceledException(ex.Message, ex, cancellationToken);
            telemetry.Failed(_logger, cancelled, cancellationToken);
            throw cancelled;
        }
        catch (Exception ex)
        {
            telemetry.Failed(_logger, ex, cancellationToken);
            throw;
        }
    }

    // Its own method: a lambda in the one above would make every call allocate the variables it captures.
    private Task<HttpResponseMessage> ReadAgainAsync(
        HttpResponseMessage cut, Func<IRyzeApi, string, string, CancellationToken, Task<HttpResponseMessage>> call, string instance, string token, CancellationToken cancellationToken) =>
        RyzeResilienceHandler.ReadAgainAsync(cut, () => call(api(), instance, token, cancellationToken));
}
