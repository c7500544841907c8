using System.Text.Json.Nodes;
using RyzeApi.Client.Testing.State;

namespace RyzeApi.Client.Testing.Json;

/// <summary>One item of <c>GET /api/instance/list</c>.</summary>
internal static class ListItemJson
{
    public static JsonObject Build(InstanceRecord r, bool withToken)
    {
        var item = new JsonObject { ["id"] = r.Id, ["name"] = r.Name };
        if (withToken)
        {
            item["token"] = r.Token;
        }

        var connected = r.State == InstanceStates.Connected;
        item["status"] = r.State;
        item["connection"] = new JsonObject
        {
            ["state"] = r.State,
            ["numberJid"] = r.NumberJid,
            ["presenceStatus"] = connected && r.Settings.KeepOnlineStatus ? "available" : "unavailable",
            ["displayStatus"] = DisplayStatus(r.State),
        };

        // SPEC is silent: profile values before pairing; the fields are typed string, so they are empty strings.
        item["profile"] = new JsonObject
        {
            ["name"] = r.ProfileName ?? "", ["pictureUrl"] = "", ["isBusiness"] = false, ["businessName"] = "",
        };
        item["webhook"] = InstanceJson.Webhook(r.Webhook);
        item["websocket"] = InstanceJson.Websocket(r.Websocket);
        item["chatwoot"] = InstanceJson.Chatwoot(r.Chatwoot);
        item["proxy"] = InstanceJson.Proxy(r.Proxy);
        item["settings"] = InstanceJson.Settings(r.Settings);
        item["s3"] = InstanceJson.S3WithNullSecret(r.S3);
        item["createdAt"] = InstanceJson.Timestamp(r.CreatedAt);
        item["updatedAt"] = InstanceJson.Timestamp(r.UpdatedAt);
        return item;
    }

    // SPEC is silent: displayStatus values ("UI-friendly status"); these are our wording.
    private static string DisplayStatus(string state) => state switch
    {
        InstanceStates.Connected => "Connected",
        InstanceStates.Connecting => "Connecting",
        InstanceStates.LoggedOut => "Logged out",
        _ => "Disconnected",
    };
}
