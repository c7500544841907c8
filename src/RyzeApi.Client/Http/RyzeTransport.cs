using System.Text.Json.Serialization.Metadata;
using RyzeApi.Client.Serialization;

namespace RyzeApi.Client.Http;

/// <summary>What every facade call needs: the Refit client, the options, the clock and the token to send.</summary>
internal sealed class RyzeTransport(IRyzeApi api, RyzeClientOptions options, TimeProvider time)
{
    public RyzeClientOptions Options => options;

    /// <summary>The account token: create, list and delete need it, and RyzeAPI accepts it on every instance call.</summary>
    public string AccountToken => options.AccountToken!;

    /// <summary>
    /// Sends one call and reads its answer. <see cref="RyzeResilienceHandler"/> bounds the sending (attempts, retries,
    /// waits); this outer deadline also bounds reading the body, which happens after the handler has returned. It is the
    /// longer of the two budgets because the handler, not this method, knows whether the call is a connect.
    /// </summary>
    public async Task<TResult> SendAsync<T, TResult>(
        Func<IRyzeApi, CancellationToken, Task<HttpResponseMessage>> call,
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
            return await RyzeResponseReader.ReadAsync(call(api, linked.Token), typeInfo, payload, time, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw RyzeErrorFactory.FromTransportFailure(request: null, new TimeoutException($"The call did not complete within {budget}.", ex), cancellationToken);
        }
    }
}
