using System.Buffers;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace RyzeApi.Client.AspNetCore.Webhooks;

/// <summary>Reads a delivery's body up to the cap and parses it; never reads past the cap.</summary>
internal static class WebhookBody
{
    public static async Task<(int Status, RyzeEvent? Event)> ReadAsync(HttpContext http, long cap, CancellationToken cancellationToken)
    {
        if (http.Request.ContentLength > cap)
        {
            return (StatusCodes.Status413PayloadTooLarge, null);
        }

        // The server then stops a chunked body at the cap too; the count below covers servers without the feature.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = cap;
        }

        var reader = http.Request.BodyReader;
        try
        {
            while (true)
            {
                var read = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                var buffer = read.Buffer;
                if (buffer.Length > cap)
                {
                    reader.AdvanceTo(buffer.End);
                    return (StatusCodes.Status413PayloadTooLarge, null);
                }

                if (read.IsCompleted)
                {
                    try
                    {
                        return (StatusCodes.Status200OK, Parse(buffer));
                    }
                    catch (RyzeEventFormatException)
                    {
                        return (StatusCodes.Status400BadRequest, null);
                    }
                    finally
                    {
                        reader.AdvanceTo(buffer.End);
                    }
                }

                reader.AdvanceTo(buffer.Start, buffer.End);
            }
        }
        catch (BadHttpRequestException e)
        {
            return (e.StatusCode, null);
        }
    }

    private static RyzeEvent Parse(ReadOnlySequence<byte> body)
    {
        if (body.IsSingleSegment)
        {
            return RyzeEventParser.Parse(body.FirstSpan);
        }

        var length = (int)body.Length;
        var rented = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            body.CopyTo(rented);
            return RyzeEventParser.Parse(rented.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented, clearArray: true);
        }
    }
}
