using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using RyzeApi.Client.Testing.Json;
using RyzeApi.Client.Testing.State;

namespace RyzeApi.Client.Testing.Endpoints;

/// <summary>Delete, reconnect and logout.</summary>
internal static class LifecycleEndpoints
{
    public static Task DeleteAsync(HttpContext context, FakeContext fake) =>
        Handler.ForInstanceAsync(context, fake, accountOnly: true, action: (record, _) =>
        {
            fake.Store.Remove(record.Name);
            return Reply.Ok(new JsonObject
            {
                ["success"] = true, ["message"] = "Instance deleted", ["instance"] = new JsonObject { ["status"] = "deleted" },
            });
        });

    // A body is accepted but ignored, as documented.
    public static Task ReconnectAsync(HttpContext context, FakeContext fake) =>
        Handler.ForInstanceAsync(context, fake, (record, _) =>
        {
            if (!record.HasSavedSession)
            {
                return Reply.Error(StatusCodes.Status400BadRequest, Messages.NoSavedSession);
            }

            // SPEC is silent: how long a reconnect takes; the fake completes it at once, so the next list shows "connected".
            record.State = InstanceStates.Connected;
            record.ConnectingSince = null;
            record.UpdatedAt = fake.Now;
            fake.Store.StateChanged?.Invoke(record, InstanceStates.Connected);
            return Reply.Ok(new JsonObject { ["success"] = true, ["message"] = "Reconnect initiated", ["status"] = "connecting" });
        });

    // SPEC is silent: logging out an instance that never connected; logout is idempotent, so it answers 200 too.
    public static Task LogoutAsync(HttpContext context, FakeContext fake) =>
        Handler.ForInstanceAsync(context, fake, (record, _) =>
        {
            record.State = InstanceStates.LoggedOut;
            record.ConnectingSince = null;
            record.HasSavedSession = false;
            record.UpdatedAt = fake.Now;
            fake.Store.StateChanged?.Invoke(record, "logged_out"); // the event vocabulary (SPEC §5.4)
            return Reply.Ok(new JsonObject
            {
                ["success"] = true, ["message"] = "Instance logged out", ["instance"] = new JsonObject { ["status"] = "loggedout" },
            });
        });
}
