using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using RyzeApi.Client.Testing.Json;
using RyzeApi.Client.Testing.Pipeline;
using RyzeApi.Client.Testing.State;

namespace RyzeApi.Client.Testing.Endpoints;

/// <summary><c>GET /api/instance/list[?instanceName=a,b]</c>: the account sees all or a filter; an instance token sees only itself.</summary>
internal static class ListEndpoint
{
    public static async Task HandleAsync(HttpContext context, FakeContext fake)
    {
        Reply reply;
        lock (fake.Store.Gate)
        {
            reply = Authenticator.Authenticate(context, fake, accountOnly: false, out var caller)
                ?? List(context.Request.Query["instanceName"].ToString(), caller, fake);
        }

        await reply.WriteAsync(context).ConfigureAwait(false);
    }

    private static Reply List(string filter, Caller caller, FakeContext fake)
    {
        var quirks = fake.Options.Quirks;
        List<InstanceRecord> found;
        if (caller.Instance is { } own && !quirks.IgnoreInstanceNameFilter)
        {
            found = [own];
        }
        else
        {
            var names = filter.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var all = fake.Store.All().ToList();
            if (names.Length == 0 || quirks.IgnoreInstanceNameFilter)
            {
                found = all;
            }
            else
            {
                found = all.Where(r => names.Contains(r.Name, StringComparer.Ordinal)).ToList();

                // Documented: 404 only when the filter holds a single name that does not exist.
                if (names.Length == 1 && found.Count == 0)
                {
                    return Reply.Error(StatusCodes.Status404NotFound, Messages.InstanceNotFound);
                }
            }
        }

        var message = found.Count == 1 ? "1 Instance found" : string.Create(CultureInfo.InvariantCulture, $"{found.Count} Instances found");
        var items = new JsonArray(found.Select(r => (JsonNode?)ListItemJson.Build(r, !quirks.ListItemsWithoutToken)).ToArray());
        return Reply.Ok(new JsonObject { ["success"] = true, ["message"] = message, ["instances"] = items });
    }
}
