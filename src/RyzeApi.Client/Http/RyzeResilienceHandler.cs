namespace RyzeApi.Client.Http;

/// <summary>The SDK's retry, rate-limit and timeout policy, the same for the DI and non-DI paths.</summary>
internal sealed class RyzeResilienceHandler(RyzeClientOptions options, TimeProvider time) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var timeout = request.Method == HttpMethod.Get && request.RequestUri?.OriginalString.Contains("/connect/", StringComparison.Ordinal) == true
            ? options.ConnectTimeout
            : options.AttemptTimeout;
        using var timeoutSource = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeoutSource.Token);
        try
        {
            return await base.SendAsync(request, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (timeoutSource.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"The call did not complete within {timeout}.", ex);
        }
    }
}
