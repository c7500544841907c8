using System.Text.Json.Serialization.Metadata;
using RyzeApi.Client.Serialization;

namespace RyzeApi.Client.Http;

/// <summary>What every facade call needs: the Refit client, the options, the clock and the token to send.</summary>
internal sealed class RyzeTransport(IRyzeApi api, RyzeClientOptions options, TimeProvider time)
{
    public RyzeClientOptions Options => options;

    /// <summary>The account token: create, list and delete need it, and RyzeAPI accepts it on every instance call.</summary>
    public string AccountToken => options.AccountToken!;

    public Task<TResult> SendAsync<T, TResult>(
        Func<IRyzeApi, CancellationToken, Task<HttpResponseMessage>> call,
        JsonTypeInfo<T> typeInfo,
        Func<T, TResult?> payload,
        CancellationToken cancellationToken)
        where T : WireEnvelope, new()
        where TResult : class =>
        RyzeResponseReader.ReadAsync(call(api, cancellationToken), typeInfo, payload, time, cancellationToken);
}
