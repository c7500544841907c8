using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace RyzeApi.Client.Testing.Json;

/// <summary>A status code and JSON body built under the store lock and written after it is released.</summary>
internal sealed record Reply(int Status, JsonObject Body)
{
    public static Reply Ok(JsonObject body) => new(StatusCodes.Status200OK, body);

    /// <summary>The documented error envelope: <c>{"success":false,"error":{"message":"..."}}</c> and nothing else.</summary>
    public static Reply Error(int status, string message) =>
        new(status, new JsonObject { ["success"] = false, ["error"] = new JsonObject { ["message"] = message } });

    // Like the real service, non-ASCII text (the em dash of the reconnect error) is written as UTF-8, not \uXXXX.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task WriteAsync(HttpContext context)
    {
        context.Response.StatusCode = Status;
        context.Response.ContentType = "application/json";
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            Body.WriteTo(writer);
        }

        await context.Response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), context.RequestAborted).ConfigureAwait(false);
    }
}
