using System.Text.Json.Serialization.Metadata;
using RyzeApi.Client.Serialization;

namespace RyzeApi.Client.Http;

/// <summary>What every facade call needs: the Refit client, the options, the clock and the token to send.</summary>
internal sealed class RyzeTransport(Func<IRyzeApi> api, RyzeClientOptions options, TimeProvider time, IInstanceTokenProvider? tokens = null)
{
    public RyzeClientOptions Options => options;

    public TimeProvider Time => time;

    /// <summary>A transport that sends <paramref name="token"/> on <paramref name="instance"/>'s paths and behaves as this one elsewhere.</summary>
    public RyzeTransport ForInstance(string instance, string token) => new(api, options, time, new InstanceTokenOverride(instance, token, tokens));

    /// <summary>A call the account token must make: create, list, delete.</summary>
    public Task<TResult> SendAsync<T, TResult>(
        Func<IRyzeApi, string, CancellationToken, Task<HttpResponseMessage>> call,
        JsonTypeInfo<T> typeInfo,
        Func<T, TResult?> payload,
        CancellationToken cancellationToken)
        where T : WireEnvelope, new()
        where TResult : class =>
        SendCoreAsync(options.AccountToken!, call, typeInfo, payload, cancellationToken);

    /// <summary>A call on one instance's path: its own token when one is known, else the account token (RyzeAPI accepts both).</summary>
    public async Task<TResult> SendAsync<T, TResult>(
        string instance,
        Func<IRyzeApi, string, CancellationToken, Task<HttpResponseMessage>> call,
        JsonTypeInfo<T> typeInfo,
        Func<T, TResult?> payload,
        CancellationToken cancellationToken)
        where T : WireEnvelope, new()
        where TResult : class
    {
        var token = tokens is null ? null : await tokens.GetTokenAsync(instance, cancellationToken).ConfigureAwait(false);
        return await SendCoreAsync(string.IsNullOrEmpty(token) ? options.AccountToken! : token, call, typeInfo, payload, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Sends one call and reads its answer. <see cref="RyzeResilienceHandler"/> bounds the sending (attempts, retries,
    /// waits); this outer deadline also bounds reading the body, which happens after the handler has returned. It is the
    /// longer of the two budgets because the handler, not this method, knows whether the call is a connect.
    /// </summary>
    private async Task<TResult> SendCoreAsync<T, TResult>(
        string token,
        Func<IRyzeApi, string, CancellationToken, Task<HttpResponseMessage>> call,
        JsonTypeInfo<T> typeInfo,
        Func<T, TResult?> payload,
        CancellationToken cancellationToken)
        where T : WireEnvelope, new()
        where TResult : class
    {
        var budget = options.TotalTimeout > options.ConnectTimeout ? options.TotalTimeout : options.ConnectTimeout;
        using var deadline = new CancellationTokenSource(budget, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            return await RyzeResponseReader.ReadAsync(call(api(), token, linked.Token), typeInfo, payload, time, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw RyzeErrorFactory.FromTransportFailure(request: null, new TimeoutException($"The call did not complete within {budget}.", ex), cancellationToken);
        }
    }
}
