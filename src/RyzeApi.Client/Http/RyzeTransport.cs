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
    IInstanceTokenProvider? tokens = null,
    TimeoutPool? timeouts = null,
    ILogger? logger = null)
{
    private readonly TimeoutPool _timeouts = timeouts ?? new TimeoutPool(time);
    private readonly ILogger _logger = logger ?? NullLogger.Instance;
    private readonly ServerAddress _server = ServerAddress.Of(options.BaseAddress);

    public RyzeClientOptions Options => options;

    public TimeProvider Time => time;

    public ILogger Logger => _logger;

    /// <summary>The token a call on <paramref name="instance"/>'s path sends: its own when one is known, else the account token.</summary>
    public async ValueTask<string> TokenForAsync(string instance, CancellationToken cancellationToken) =>
        tokens is null ? options.AccountToken! : TokenOrAccount(await tokens.GetTokenAsync(instance, cancellationToken).ConfigureAwait(false));

    /// <summary>A transport that sends <paramref name="token"/> on <paramref name="instance"/>'s paths and behaves as this one elsewhere.</summary>
    public RyzeTransport ForInstance(string instance, string token) => new(api, options, time, new InstanceTokenOverride(instance, token, tokens), _timeouts, _logger);

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
        SendCoreAsync(operation, instance, options.AccountToken!, call, typeInfo, payload, cancellationToken);

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
        where TResult : class
    {
        if (tokens is null)
        {
            return SendCoreAsync(operation, instance, options.AccountToken!, call, typeInfo, payload, cancellationToken);
        }

        var token = tokens.GetTokenAsync(instance, cancellationToken);
        return token.IsCompletedSuccessfully
            ? SendCoreAsync(operation, instance, TokenOrAccount(token.Result), call, typeInfo, payload, cancellationToken)
            : SendAfterTokenAsync(operation, instance, token, call, typeInfo, payload, cancellationToken);
    }

    /// <summary>
    /// Sends one call and reads its answer, inside the call's one span, measurement and log event (<see cref="RyzeCallTelemetry"/>).
    /// <see cref="RyzeResilienceHandler"/> bounds the sending (attempts, retries, waits, within the call's budget); this
    /// method bounds reading the body, which happens after the handler has returned, by what is left of the longer budget
    /// (the handler, not this method, knows whether the call is a connect).
    /// </summary>
    /// <remarks>
    /// A read whose answer is cut off after its headers is sent once more, as a new call that must end within what is left
    /// of the first one's <see cref="RyzeClientOptions.TotalTimeout"/>: the handler had already returned, so it could not
    /// resend it, and reading is safe to repeat. Only a GET the policy retries (not connect) and only a 2xx: an error status
    /// has had its own retries, and an update or delete that reached the server is not sent again.
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
        using var telemetry = RyzeCallTelemetry.Start(operation, _server, instance);
        var budget = options.TotalTimeout > options.ConnectTimeout ? options.TotalTimeout : options.ConnectTimeout;
        var started = time.GetTimestamp();
        using var reading = _timeouts.Rent();
        using var link = reading.CancelWhen(cancellationToken);
        HttpRequestMessage? sent = null; // for the timeout's message: the method and path of the call that ran out
        try
        {
            try
            {
                for (var resent = false; ; resent = true)
                {
                    using var response = await call(api(), instance, token, resent ? reading.Token : cancellationToken).ConfigureAwait(false);
                    sent = response.RequestMessage;
                    var read = RyzeResponseReader.ReadAsync(response, typeInfo, payload, time, reading.Token);
                    if (!read.IsCompleted && !resent)
                    {
                        // Only a body still on its way needs a timer; one that came with the headers is read at once.
                        var left = budget - time.GetElapsedTime(started);
                        reading.Arm(left > TimeSpan.Zero ? left : TimeSpan.FromTicks(1));
                    }

                    try
                    {
                        var result = await read.ConfigureAwait(false);
                        telemetry.Succeeded(_logger, (int)response.StatusCode);
                        return result;
                    }
                    catch (RyzeConnectionException ex) when (!resent && !ex.IsTimeout && !cancellationToken.IsCancellationRequested && ResendableRead(response) is { } endpoint
                        && options.TotalTimeout - time.GetElapsedTime(started) is var left && left > TimeSpan.Zero)
                    {
                        budget = options.TotalTimeout;
                        reading.Arm(left);
                        Resending(endpoint, ex);
                    }
                }
            }
            catch (OperationCanceledException ex) when (reading.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw RyzeErrorFactory.FromTransportFailure(sent, new TimeoutException($"The call did not complete within {budget}.", ex), cancellationToken);
            }
            catch (OperationCanceledException ex) when (cancellationToken.IsCancellationRequested && ex.CancellationToken != cancellationToken)
            {
                // The body is read, and a read is resent, on the reading timeout's token: the caller's cancellation carries the caller's token.
                throw new OperationCanceledException(ex.Message, ex, cancellationToken);
            }
        }
        catch (Exception ex)
        {
            telemetry.Failed(_logger, ex, cancellationToken);
            throw;
        }
    }

    /// <summary>The endpoint of a 2xx read whose body may be read again with a new request, else null.</summary>
    private RyzeOperation? ResendableRead(HttpResponseMessage response) =>
        options.MaxRetries > 0 && response.IsSuccessStatusCode && response.RequestMessage is { } request
        && request.Method == HttpMethod.Get && RyzeOperation.Of(request) is { IsIdempotent: true } endpoint
            ? endpoint
            : null;

    private async Task<TResult> SendAfterTokenAsync<T, TResult>(
        RyzeOperation operation,
        string instance,
        ValueTask<string?> token,
        Func<IRyzeApi, string, string, CancellationToken, Task<HttpResponseMessage>> call,
        JsonTypeInfo<T> typeInfo,
        Func<T, TResult?> payload,
        CancellationToken cancellationToken)
        where T : WireEnvelope, new()
        where TResult : class =>
        await SendCoreAsync(operation, instance, TokenOrAccount(await token.ConfigureAwait(false)), call, typeInfo, payload, cancellationToken).ConfigureAwait(false);

    private string TokenOrAccount(string? token) => string.IsNullOrEmpty(token) ? options.AccountToken! : token;
}
