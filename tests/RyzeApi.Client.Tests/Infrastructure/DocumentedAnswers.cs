namespace RyzeApi.Client.Tests.Infrastructure;

/// <summary>
/// RyzeAPI's documented answers (SPEC §2), verbatim: one copy for the tests that check the SDK reads them and for the
/// benchmarks that answer with them (linked into <c>RyzeApi.Client.Benchmarks</c>).
/// </summary>
internal static class DocumentedAnswers
{
    /// <summary>SPEC §2.1, the create page's 201 example.</summary>
    public const string Create = """
        {
          "success": true,
          "message": "Instance created",
          "instance": {
            "id": "5e1d...",
            "name": "my-instance",
            "token": "a1b2c3d4-...",
            "status": "disconnected",
            "numberJid": null,
            "proxy": { "enabled": false, "host": null, "port": null, "protocol": null, "username": null, "password": null },
            "webhook": { "enabled": true, "url": "https://myapp.com/webhook", "events": ["message.exchange", "call.update"] },
            "websocket": { "enabled": true, "events": ["message.exchange"], "mediaBase64": false },
            "chatwoot": { "enabled": true, "status": "active", "bridgeIntegrationId": "int_xyz789abc",
                          "baseUrl": "https://chatwoot.example.com", "accountId": 5, "inboxName": "WhatsApp - Orion" },
            "settings": { "autoRejectCalls": false, "callRejectMessage": "", "ignoreGroupMessages": false,
                          "keepOnlineStatus": false, "autoReadMessages": false, "disableHistorySync": true, "ignoreStatus": false },
            "s3": { "enabled": false, "region": null, "bucket": null, "accessKey": null, "secretKey": null, "endpoint": null, "pathPrefix": null },
            "createdAt": "2026-04-28T10:30:00Z",
            "updatedAt": "2026-04-28T10:30:00Z"
          }
        }
        """;

    /// <summary>SPEC §2.7, the settings page's example.</summary>
    public const string Settings = """
        {
          "success": true,
          "message": "Settings retrieved successfully",
          "settings": {
            "autoRejectCalls": false,
            "callRejectMessage": "",
            "ignoreGroupMessages": false,
            "keepOnlineStatus": false,
            "autoReadMessages": false,
            "disableHistorySync": true,
            "ignoreStatus": false
          }
        }
        """;
}
