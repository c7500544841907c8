using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using RyzeApi.Client.Testing.Json;

namespace RyzeApi.Client.Testing.Endpoints;

/// <summary><c>GET /api/instance/getSettings/:instance</c> and <c>POST /api/instance/settings/:instance</c> (partial update).</summary>
internal static class SettingsEndpoints
{
    public static Task GetAsync(HttpContext context, FakeContext fake) =>
        Handler.ForInstanceAsync(context, fake, (record, _) => Ok("Settings retrieved successfully", record.Settings));

    public static Task UpdateAsync(HttpContext context, FakeContext fake) =>
        Handler.ForInstanceAsync(context, fake, readBody: true, action: (record, body) =>
        {
            var s = record.Settings;
            var updated = s with
            {
                AutoRejectCalls = body!.Bool("autoRejectCalls") ?? s.AutoRejectCalls,
                CallRejectMessage = body.String("callRejectMessage") ?? s.CallRejectMessage,
                IgnoreGroupMessages = body.Bool("ignoreGroupMessages") ?? s.IgnoreGroupMessages,
                KeepOnlineStatus = body.Bool("keepOnlineStatus") ?? s.KeepOnlineStatus,
                AutoReadMessages = body.Bool("autoReadMessages") ?? s.AutoReadMessages,
                DisableHistorySync = body.Bool("disableHistorySync") ?? s.DisableHistorySync,
                IgnoreStatus = body.Bool("ignoreStatus") ?? s.IgnoreStatus,
            };
            if (!Fields.Any(body.Has))
            {
                return Reply.Error(StatusCodes.Status400BadRequest, Messages.NoSettings);
            }

            record.Settings = updated;
            record.UpdatedAt = fake.Now;
            return Ok("Settings updated successfully", updated);
        });

    private static readonly string[] Fields =
    [
        "autoRejectCalls", "callRejectMessage", "ignoreGroupMessages", "keepOnlineStatus", "autoReadMessages", "disableHistorySync", "ignoreStatus",
    ];

    private static Reply Ok(string message, State.SettingsState settings) =>
        Reply.Ok(new JsonObject { ["success"] = true, ["message"] = message, ["settings"] = InstanceJson.Settings(settings) });
}
