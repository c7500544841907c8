namespace RyzeApi.Client.Http;

/// <summary>
/// Sends through an <see cref="HttpClient"/> the partner built (<c>new RyzeClient(options, httpClient)</c>), below the
/// SDK's own handler: its handlers and default headers apply to each attempt; the address comes from
/// <see cref="RyzeClientOptions.BaseAddress"/>.
/// </summary>
internal sealed class HttpClientForwarder(HttpClient http) : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        http.SendAsync(Attempt(request), HttpCompletionOption.ResponseHeadersRead, cancellationToken);

    /// <summary>A copy per attempt: HttpClient refuses a message it has sent once, and the SDK's retries resend theirs.</summary>
    private static HttpRequestMessage Attempt(HttpRequestMessage request)
    {
        var copy = new HttpRequestMessage(request.Method, request.RequestUri)
        {
            Content = request.Content, Version = request.Version, VersionPolicy = request.VersionPolicy,
        };
        foreach (var (name, values) in request.Headers)
        {
            copy.Headers.TryAddWithoutValidation(name, values);
        }

        foreach (var (key, value) in request.Options)
        {
            copy.Options.Set(new HttpRequestOptionsKey<object?>(key), value);
        }

        return copy;
    }
}
