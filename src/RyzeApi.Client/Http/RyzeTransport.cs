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
        RyzeResponseReader.ReadAsync(call(api(), options.AccountToken!, cancellationToken), typeInfo, payload, time, cancellationToken);

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
        return await RyzeResponseReader.ReadAsync(
            call(api(), string.IsNullOrEmpty(token) ? options.AccountToken! : token, cancellationToken), typeInfo, payload, time, cancellationToken).ConfigureAwait(false);
    }
}
