using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using RyzeApi.Client.Testing.Json;
using RyzeApi.Client.Testing.Pipeline;
using RyzeApi.Client.Testing.State;

namespace RyzeApi.Client.Testing.Endpoints;

/// <summary><c>GET /api/instance/metrics/:instance</c>, where <c>:instance</c> may be <c>a,b,c</c>: values summed, timestamps min/max.</summary>
internal static class MetricsEndpoint
{
    public static async Task HandleAsync(HttpContext context, FakeContext fake)
    {
        var original = context.Request.RouteValues["instance"] as string ?? "";
        var names = original.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Reply reply;
        lock (fake.Store.Gate)
        {
            reply = Authenticator.Authenticate(context, fake, accountOnly: false, out var caller) ?? Metrics(original, names, caller, fake);
        }

        await reply.WriteAsync(context).ConfigureAwait(false);
    }

    private static Reply Metrics(string original, string[] names, Caller caller, FakeContext fake)
    {
        // SPEC is silent: the 400 text for an empty path or only commas (the condition is documented).
        if (names.Length == 0)
        {
            return Reply.Error(StatusCodes.Status400BadRequest, Messages.InstanceNameRequired);
        }

        if (caller.Instance is { } own && names.Any(n => !string.Equals(n, own.Name, StringComparison.Ordinal)))
        {
            return Reply.Error(StatusCodes.Status403Forbidden, Messages.TokenMismatch);
        }

        var records = new List<InstanceRecord>();
        foreach (var name in names.Distinct(StringComparer.Ordinal))
        {
            if (fake.Store.Find(name) is not { } record)
            {
                return Reply.Error(StatusCodes.Status404NotFound, Messages.InstanceNotFound);
            }

            records.Add(record);
        }

        return Reply.Ok(new JsonObject
        {
            ["success"] = true, ["message"] = "Metrics retrieved successfully", ["metrics"] = MetricsJson.Build(original, records),
        });
    }
}
