using System.Net;

namespace RyzeApi.Client.Benchmarks;

/// <summary>
/// The in-memory RyzeAPI: answers every request with the canned documented response, with no network. It drains the
/// request body as a socket would, and hands back a fresh non-buffered stream over the shared bytes, so both clients
/// pay for the same response plumbing and nothing else.
/// </summary>
public sealed class CannedHandler(int listSize) : HttpMessageHandler
{
    public const string MissingInstance = "missing-instance";

    private readonly byte[] _list = CannedResponses.List(listSize);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is not null)
        {
            await request.Content.CopyToAsync(Stream.Null, cancellationToken);
        }

        var (status, body) = Route(request.RequestUri!.AbsolutePath);
        var response = new HttpResponseMessage(status)
        {
            RequestMessage = request,
            Content = new StreamContent(new MemoryStream(body, writable: false)),
        };
        response.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=utf-8");
        // RyzeAPI sends its rate-limit headers on every response (SPEC §1.3).
        response.Headers.TryAddWithoutValidation("X-RateLimit-Limit", "100");
        response.Headers.TryAddWithoutValidation("X-RateLimit-Remaining", "99");
        response.Headers.TryAddWithoutValidation("X-RateLimit-Reset", "1780000000");
        return response;
    }

    private (HttpStatusCode Status, byte[] Body) Route(string path) => path switch
    {
        _ when path.EndsWith(MissingInstance, StringComparison.Ordinal) => (HttpStatusCode.NotFound, CannedResponses.NotFound),
        "/api/instance/new" => (HttpStatusCode.Created, CannedResponses.Create),
        "/api/instance/list" => (HttpStatusCode.OK, _list),
        _ when path.StartsWith("/api/instance/getSettings/", StringComparison.Ordinal) => (HttpStatusCode.OK, CannedResponses.Settings),
        _ when path.StartsWith("/api/instance/connect/", StringComparison.Ordinal) => (HttpStatusCode.OK, CannedResponses.ConnectQr),
        _ => (HttpStatusCode.NotFound, CannedResponses.NotFound),
    };
}
