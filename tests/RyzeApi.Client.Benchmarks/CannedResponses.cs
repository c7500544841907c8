using System.Globalization;
using System.Text;
using RyzeApi.Client.Tests.Infrastructure;

namespace RyzeApi.Client.Benchmarks;

/// <summary>The documented RyzeAPI answers (SPEC §2), as UTF-8 bytes built once and shared by every call.</summary>
public static class CannedResponses
{
    public const string InstanceName = "my-instance";

    public static readonly byte[] Create = Utf8(DocumentedAnswers.Create);

    public static readonly byte[] Settings = Utf8(DocumentedAnswers.Settings);

    /// <summary>The QR answer of SPEC §2.4, with a QR string and a PNG data URL of realistic sizes (~0.2 KB and ~3 KB).</summary>
    public static readonly byte[] ConnectQr = Utf8($$"""
        {
          "success": true,
          "message": "QR code generated",
          "qrCode": "2@{{Base64(96, seed: 1)}},{{Base64(32, seed: 2)}},{{Base64(32, seed: 3)}},{{Base64(32, seed: 4)}}",
          "qrCodeBase64": "data:image/png;base64,{{Base64(2300, seed: 5)}}",
          "status": "qr"
        }
        """);

    public static readonly byte[] NotFound = Utf8("""
        {
          "success": false,
          "error": {
            "message": "Instance not found"
          }
        }
        """);

    /// <summary>A list answer with <paramref name="count"/> instances, each with every field SPEC §2.2 and §6 name.</summary>
    public static byte[] List(int count)
    {
        var json = new StringBuilder(1024 * (count + 1));
        json.Append(CultureInfo.InvariantCulture, $$"""{"success":true,"message":"{{count}} {{(count == 1 ? "Instance" : "Instances")}} found","instances":[""");
        for (var i = 0; i < count; i++)
        {
            json.Append(i == 0 ? "" : ",");
            json.Append(CultureInfo.InvariantCulture, $$"""
                {"id":"5e1d{{i:x8}}","name":"instance-{{i}}","token":"a1b2c3d4-{{i:x8}}-4f0e-9c1d-7a6b5c4d3e2f","status":"connected",
                "connection":{"state":"connected","numberJid":"55119{{i:d8}}@s.whatsapp.net","presenceStatus":"available","displayStatus":"Online"},
                "profile":{"name":"Store {{i}}","pictureUrl":"https://pps.whatsapp.net/v/t61.24694-24/{{i}}_n.jpg","isBusiness":true,"businessName":"Store {{i}} Ltd"},
                "webhook":{"enabled":true,"url":"https://myapp.com/webhook","events":["message.exchange","call.update"]},
                "websocket":{"enabled":false,"events":[],"mediaBase64":false},
                "chatwoot":{"enabled":false,"status":"inactive"},
                "proxy":{"enabled":false,"host":null,"port":null,"protocol":null,"username":null},
                "settings":{"autoRejectCalls":false,"callRejectMessage":"","ignoreGroupMessages":false,"keepOnlineStatus":false,"autoReadMessages":false,"disableHistorySync":true,"ignoreStatus":false},
                "s3":{"enabled":false,"region":null,"bucket":null,"accessKey":null,"secretKey":null,"endpoint":null,"pathPrefix":null},
                "createdAt":"2026-04-28T10:30:00Z","updatedAt":"2026-04-28T10:30:00Z"}
                """);
        }

        json.Append("]}");
        return Utf8(json.ToString());
    }

    private static byte[] Utf8(string json) => Encoding.UTF8.GetBytes(json);

    private static string Base64(int bytes, int seed)
    {
        var data = new byte[bytes];
#pragma warning disable CA5394 // not security: fixed filler bytes for a canned body
        new Random(seed).NextBytes(data);
#pragma warning restore CA5394
        return Convert.ToBase64String(data);
    }
}
