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

    public Task WriteAsync(HttpContext context)
    {
        context.Response.StatusCode = Status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(Body.ToJsonString(), context.RequestAborted);
    }
}
