using System.Text.Json.Serialization.Metadata;
using RyzeApi.Client.Serialization;

namespace RyzeApi.Client.Http;

/// <summary>What every facade call needs: the Refit client, the options, the clock and the token to send.</summary>
internal sealed class RyzeTransport(
    Func<IRyzeApi> api, RyzeClientOptions options, TimeProvider time, IInstanceTokenProvider? tokens = null, TimeoutPool? timeouts = null)
{
    private readonly TimeoutPool _timeouts = timeouts ?? new TimeoutPool(time);

    public RyzeClientOptions Options => options;

    public TimeProvider Time => time;

    /// <summary>A transport that sends <paramref name="token"/> on <paramref name="instance"/>'s paths and behaves as this one elsewhere.</summary>
    public RyzeTransport ForInstance(string instance, string token) => new(api, options, time, new InstanceTokenOverride(instance, token, tokens), _timeouts);

    /// <summary>A call the account token must make: create, list, delete. The call's instance argument is empty.</summary>
    public Task<TResult> SendAsync<T, TResult>(
        Func<IRyzeApi, string, string, CancellationToken, Task<HttpResponseMessage>> call,
        JsonTypeInfo<T> typeInfo,
        Func<T, TResult?> payload,
        CancellationToken cancellationToken)
        where T : WireEnvelope, new()
        where TResult : class =>
        SendCoreAsync(string.Empty, options.AccountToken!, call, typeInfo, payload, cancellationToken);

    /// <summary>
    /// A call on one instance's path: its own token when one is known, else the account token (RyzeAPI accepts both).
    /// The call gets <paramref name="instance"/> back as its second argument, so a static lambda needs no closure.
    /// </summary>
    public Task<TResult> SendAsync<T, TResult>(
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
            return SendCoreAsync(instance, options.AccountToken!, call, typeInfo, payload, cancellationToken);
        }

        var token = tokens.GetTokenAsync(instance, cancellationToken);
        return token.IsCompletedSuccessfully
            ? SendCoreAsync(instance, TokenOrAccount(token.Result), call, typeInfo, payload, cancellationToken)
            : SendAfterTokenAsync(instance, token, call, typeInfo, payload, cancellationToken);
    }

    /// <summary>
    /// Sends one call and reads its answer. <see cref="RyzeResilienceHandler"/> bounds the sending (attempts, retries,
    /// waits, within the call's budget); this method bounds reading the body, which happens after the handler has
    /// returned, by what is left of the longer budget (the handler, not this method, knows whether the call is a connect).
    /// </summary>
    private async Task<TResult> SendCoreAsync<T, TResult>(
        string instance,
        string token,
        Func<IRyzeApi, string, string, CancellationToken, Task<HttpResponseMessage>> call,
        JsonTypeInfo<T> typeInfo,
        Func<T, TResult?> payload,
        CancellationToken cancellationToken)
        where T : WireEnvelope, new()
        where TResult : class
    {
        var budget = options.TotalTimeout > options.ConnectTimeout ? options.TotalTimeout : options.ConnectTimeout;
        var started = time.GetTimestamp();
        using var reading = _timeouts.Rent();
        using var link = reading.CancelWhen(cancellationToken);
        try
        {
            using var response = await call(api(), instance, token, cancellationToken).ConfigureAwait(false);
            var read = RyzeResponseReader.ReadAsync(response, typeInfo, payload, time, reading.Token);
            if (!read.IsCompleted)
            {
                // Only a body still on its way needs a timer; one that came with the headers is read at once.
                var left = budget - time.GetElapsedTime(started);
                reading.Arm(left > TimeSpan.Zero ? left : TimeSpan.FromTicks(1));
            }

            return await read.ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (reading.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw RyzeErrorFactory.FromTransportFailure(request: null, new TimeoutException($"The call did not complete within {budget}.", ex), cancellationToken);
        }
    }

    private async Task<TResult> SendAfterTokenAsync<T, TResult>(
        string instance,
        ValueTask<string?> token,
        Func<IRyzeApi, string, string, CancellationToken, Task<HttpResponseMessage>> call,
        JsonTypeInfo<T> typeInfo,
        Func<T, TResult?> payload,
        CancellationToken cancellationToken)
        where T : WireEnvelope, new()
        where TResult : class =>
        await SendCoreAsync(instance, TokenOrAccount(await token.ConfigureAwait(false)), call, typeInfo, payload, cancellationToken).ConfigureAwait(false);

    private string TokenOrAccount(string? token) => string.IsNullOrEmpty(token) ? options.AccountToken! : token;
}
