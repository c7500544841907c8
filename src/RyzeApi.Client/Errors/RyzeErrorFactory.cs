using System.Buffers;
using System.Net;
using System.Text;
using System.Text.Json;
using Polly.Timeout;
using RyzeApi.Client.Http;
using RyzeApi.Client.Serialization;

namespace RyzeApi.Client;

/// <summary>The only place a failed call becomes an exception: status switch, error-body parsing, transport faults.</summary>
internal static class RyzeErrorFactory
{
    private const int SnippetChars = 512;
    private const int MaxErrorBodyBytes = 16 * 1024;

    public static async Task<RyzeApiException> FromResponseAsync(HttpResponseMessage response, TimeProvider time, CancellationToken cancellationToken)
    {
        // The error body is read into a pooled buffer: an error path that allocates 16 KB per call is a cost every 404 pays.
        var buffer = ArrayPool<byte>.Shared.Rent(MaxErrorBodyBytes);
        try
        {
            var length = await ReadBoundedAsync(response.Content, buffer, cancellationToken).ConfigureAwait(false);
            var body = buffer.AsSpan(0, length);
            var details = Describe(response.RequestMessage) with
            {
                StatusCode = response.StatusCode,
                ErrorMessage = TryReadErrorMessage(body),
                Reason = body.Length == 0 ? "empty response body" : null,
                BodySnippet = Snippet(body),
                RateLimit = RateLimitHeaders.Read(response),
            };
            // Only a 429 carries a wait; other errors skip reading the headers a second time.
            var retryAfter = response.StatusCode == HttpStatusCode.TooManyRequests ? RateLimitHeaders.ReadRetryAfter(response, time.GetUtcNow()) : null;
            return Create(details, retryAfter);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public static RyzeApiException FromUnsuccessfulEnvelope(HttpResponseMessage response, string? errorMessage, string? snippet) =>
        Create(Describe(response.RequestMessage) with
        {
            StatusCode = response.StatusCode,
            ErrorMessage = errorMessage,
            Reason = "the response said success: false",
            BodySnippet = snippet,
            RateLimit = RateLimitHeaders.Read(response),
            ReadAsFailure = true,
        }, retryAfter: null);

    public static RyzeApiException FromUnreadableBody(HttpResponseMessage response, string? snippet, Exception exception) =>
        new(Describe(response.RequestMessage) with
        {
            StatusCode = response.StatusCode,
            Reason = IsUndecodable(exception) ? "the response body could not be decompressed" : "the response body is not the documented JSON",
            BodySnippet = snippet,
        }, exception);

    /// <summary>A 2xx that parsed but lacks what the call needs; <paramref name="missing"/>'s message names it.</summary>
    public static RyzeApiException FromMissingPayload(HttpResponseMessage response, string? snippet, JsonException missing) =>
        new(Describe(response.RequestMessage) with
        {
            StatusCode = response.StatusCode,
            Reason = $"the response body is not the documented JSON: it has {missing.Message}",
            BodySnippet = snippet,
        }, missing);

    /// <summary>
    /// A 2xx whose body was cut off while it was read: the server answered, so it acted, but the answer is lost. A
    /// <see cref="RyzeConnectionException"/> (the connection failed) that keeps the status it came with.
    /// </summary>
    public static RyzeConnectionException FromCutBody(HttpResponseMessage response, Exception exception) =>
        new(Describe(response.RequestMessage) with
        {
            StatusCode = response.StatusCode,
            Reason = $"the answer's body was cut off ({exception.GetType().Name})",
        }, isTimeout: false, exception);

    /// <summary>Maps a failure before any response; the caller's own cancellation passes through untouched.</summary>
    public static Exception FromTransportFailure(HttpRequestMessage? request, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is RyzeApiException || (exception is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            return exception;
        }

        // TimeoutRejectedException: a Polly timeout a partner added to the client's pipeline (e.g. a standard resilience handler).
        var isTimeout = exception is TimeoutRejectedException or OperationCanceledException or TimeoutException;
        var reason = isTimeout ? "the call timed out" : $"the connection failed ({exception.GetType().Name})";
        var noEffect = request is not null && RyzeOperation.Of(request).IsConnect;
        return new RyzeConnectionException(Describe(request) with { Reason = reason, NoEffectUnanswered = noEffect }, isTimeout, exception);
    }

    /// <summary>The app's <see cref="IInstanceTokenProvider"/> failed: nothing was sent, and the call fails inside the family.</summary>
    public static RyzeApiException FromTokenProvider(RyzeOperation operation, string instance, Exception exception) =>
        new(new RyzeErrorDetails
        {
            Method = operation.Method,
            Path = operation.Template.Replace("{instance}", instance, StringComparison.Ordinal),
            Reason = $"the instance token provider failed ({exception.GetType().Name}); nothing was sent",
            NoEffectUnanswered = true,
        }, exception);

    public static RyzeApiException Create(RyzeErrorDetails details, TimeSpan? retryAfter) => (int?)details.StatusCode switch
    {
        _ when RyzeErrorMessages.IsInstanceNotConnected(details.ErrorMessage) => new RyzeInstanceNotConnectedException(details),
        400 => new RyzeBadRequestException(details),
        401 => new RyzeAuthenticationException(details),
        403 => new RyzeForbiddenException(details),
        404 => new RyzeNotFoundException(details),
        409 => new RyzeConflictException(details),
        429 => new RyzeRateLimitException(details, retryAfter),
        >= 500 and <= 599 => new RyzeServerException(details),
        _ => new RyzeApiException(details),
    };

    public static RyzeErrorDetails Describe(HttpRequestMessage? request) => new()
    {
        Method = request?.Method.Method ?? "?",
        Path = request?.RequestUri is { } uri ? (uri.IsAbsoluteUri ? uri.AbsolutePath : uri.OriginalString.Split('?')[0]) : "?",
    };

    public static string? Snippet(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            return null;
        }

        // Masked before it is cut, so a secret value cut short at the end is still recognised as one.
        var text = Redaction.MaskSecretFields(Encoding.UTF8.GetString(body.Length > SnippetChars * 4 ? body[..(SnippetChars * 4)] : body));
        return text.Length > SnippetChars ? text[..SnippetChars] : text;
    }

    /// <summary>
    /// The <c>error.message</c> of an answer the retry policy must tell apart (a 429, a 503), read without losing it: at most
    /// as much as an error body is ever read, put back as the answer's body, so the error built from it later reads the same
    /// bytes (a longer or cut-off body no longer reads as empty there).
    /// </summary>
    public static async ValueTask<string?> PeekErrorMessageAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(MaxErrorBodyBytes);
        try
        {
            var body = buffer.AsSpan(0, await ReadBoundedAsync(response.Content, buffer, cancellationToken).ConfigureAwait(false)).ToArray();
            var replaced = new ByteArrayContent(body);
            foreach (var header in response.Content.Headers)
            {
                replaced.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            response.Content.Dispose();
            response.Content = replaced;
            return TryReadErrorMessage(body);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static string? TryReadErrorMessage(ReadOnlySpan<byte> body)
    {
        try
        {
            return body.Length == 0 ? null : JsonSerializer.Deserialize(body, RyzeJsonContext.Default.WireEnvelope)?.Error?.Message;
        }
        catch (JsonException)
        {
            return null; // HTML from a proxy, a truncated body: the status and the snippet still tell the story.
        }
    }

    private static async Task<int> ReadBoundedAsync(HttpContent content, byte[] buffer, CancellationToken cancellationToken)
    {
        var total = 0;
        try
        {
            var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                int read;
                while (total < MaxErrorBodyBytes && (read = await stream.ReadAsync(buffer.AsMemory(total, MaxErrorBodyBytes - total), cancellationToken).ConfigureAwait(false)) > 0)
                {
                    total += read;
                }

                return total;
            }
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException || IsUndecodable(ex))
        {
            return 0; // the error body was cut off or could not be decompressed; the status is what matters.
        }
    }

    /// <summary>
    /// The handler could not decompress the body: a proxy labelled it gzip, deflate or br and it was not, or it was corrupt.
    /// Brotli reports that as an <see cref="InvalidOperationException"/>, so only one thrown by the compression code counts.
    /// </summary>
    public static bool IsUndecodable(Exception exception) =>
        exception is InvalidDataException
        || (exception is InvalidOperationException && exception.Source is { } source && source.StartsWith("System.IO.Compression", StringComparison.Ordinal));
}
