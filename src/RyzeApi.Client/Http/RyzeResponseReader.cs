using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using RyzeApi.Client.Serialization;

namespace RyzeApi.Client.Http;

/// <summary>
/// Turns a raw response into its envelope: non-2xx and <c>success: false</c> become typed exceptions, the body is
/// deserialized straight from the stream, and nothing but a <see cref="RyzeApiException"/> (or the caller's
/// cancellation) ever leaves.
/// </summary>
internal static class RyzeResponseReader
{
    // ValueTask: awaited once by the transport, and when the answer is already buffered no Task is allocated. One async
    // method for both outcomes: over a socket the read goes asynchronous, and each extra layer would cost a box and a hop.
    public static async ValueTask<TResult> ReadAsync<T, TResult>(
        HttpResponseMessage response, JsonTypeInfo<T> typeInfo, Func<T, TResult?> payload, TimeProvider time, CancellationToken cancellationToken)
        where T : WireEnvelope, new()
        where TResult : class
    {
        if (!response.IsSuccessStatusCode)
        {
            // A resent delete that finds the instance gone succeeded on an earlier attempt; the 404 has no payload to read.
            if (Resends.IsDeleteFoundGone(response) && payload(new T()) is { } deleted)
            {
                return deleted;
            }

            throw await RyzeErrorFactory.FromResponseAsync(response, time, cancellationToken).ConfigureAwait(false);
        }

        var body = new HeadCapturingStream(await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false));
        await using (body.ConfigureAwait(false))
        {
            T envelope;
            try
            {
                envelope = await JsonSerializer.DeserializeAsync(body, typeInfo, cancellationToken).ConfigureAwait(false)
                    ?? throw new JsonException("The response body is JSON null.");
            }
            catch (JsonException) when (body.BytesRead == 0)
            {
                // An empty 2xx body carries no error; whether it lacks a needed payload is decided below.
                envelope = new T();
            }
            catch (Exception ex) when (ex is JsonException || RyzeErrorFactory.IsUndecodable(ex))
            {
                throw RyzeErrorFactory.FromUnreadableBody(response, body.Snippet(), ex);
            }
            catch (Exception ex) when (ex is IOException or HttpRequestException)
            {
                throw RyzeErrorFactory.FromCutBody(response, ex);
            }

            if (envelope.Success == false)
            {
                throw RyzeErrorFactory.FromUnsuccessfulEnvelope(response, envelope.Error?.Message, body.Snippet());
            }

            // A 2xx without the documented payload fails closed rather than handing out an empty result, naming what it
            // lacks; the snippet is taken while the captured head of the body is still alive.
            TResult? result;
            try
            {
                result = payload(envelope);
            }
            catch (JsonException missing)
            {
                throw RyzeErrorFactory.FromMissingPayload(response, body.Snippet(), missing);
            }

            return result ?? throw RyzeErrorFactory.FromMissingPayload(response, body.Snippet(), new JsonException($"no {typeof(TResult).Name} payload"));
        }
    }
}
