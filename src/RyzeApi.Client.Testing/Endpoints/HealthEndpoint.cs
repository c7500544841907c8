using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using RyzeApi.Client.Testing.Json;

namespace RyzeApi.Client.Testing.Endpoints;

/// <summary><c>GET /health</c> (SPEC §4, Observability): no token, outside the rate limit; 200 with the documented body.</summary>
internal static class HealthEndpoint
{
    public const string Route = "GET /health";

    public static Task HandleAsync(HttpContext context, FakeContext fake) =>
        Reply.Ok(new JsonObject
        {
            ["status"] = "ok",
            ["service"] = "RyzeAPI",
            ["uptime"] = "1h0m0s", // SPEC: a Go duration string; the fake does not track its own uptime
            ["timestamp"] = InstanceJson.Timestamp(fake.Now),
            ["checks"] = new JsonObject { ["db"] = "ok" },
        }).WriteAsync(context);
}
