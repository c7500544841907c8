using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using RyzeApi.Client.Testing.Json;
using RyzeApi.Client.Testing.State;

namespace RyzeApi.Client.Testing.Endpoints;

/// <summary><c>GET /api/instance/connect/:instance</c>: a fresh QR code, or a pairing code with <c>?number=</c>.</summary>
internal static class ConnectEndpoint
{
    // A real 1x1 PNG: the fake does not render the QR, but the data URL decodes to a valid image.
    private const string TinyPng = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";
    private const string CodeAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    // SPEC is silent: validation of ?history=N; it is accepted and ignored (the fake has no history to sync).
    public static Task HandleAsync(HttpContext context, FakeContext fake) =>
        Handler.ForInstanceAsync(context, fake, (record, _) =>
        {
            if (record.State == InstanceStates.Connected)
            {
                return Reply.Ok(new JsonObject { ["success"] = true, ["message"] = "Instance already connected", ["status"] = "connected" });
            }

            record.State = InstanceStates.Connecting;
            record.ConnectingSince = fake.Now;
            record.UpdatedAt = fake.Now;
            fake.ScheduleAutoPair(record.Name);
            var number = context.Request.Query["number"].ToString();
            if (string.IsNullOrWhiteSpace(number))
            {
                fake.Store.StateChanged?.Invoke(record, "qr_ready");
                return Qr(fake);
            }

            return Pairing(fake);
        });

    private static Reply Qr(FakeContext fake)
    {
        var raw = $"2@{Random(24)},{Random(32)},{Random(32)}=";
        var quirks = fake.Options.Quirks;
        return Reply.Ok(new JsonObject
        {
            ["success"] = true,
            ["message"] = "QR code generated",
            ["qrCode"] = raw,
            ["qrCodeBase64"] = quirks.QrWithoutDataPrefix ? TinyPng : "data:image/png;base64," + TinyPng,
            ["status"] = "qr",
        });
    }

    // SPEC is silent: the pairing-code JSON; we answer pairingCode (seen by integrations) + status "pairing".
    private static Reply Pairing(FakeContext fake)
    {
        var code = new string(RandomNumberGenerator.GetItems<char>(CodeAlphabet, 8));
        if (fake.Options.Quirks.PairingCodeWithDash)
        {
            code = code[..4] + "-" + code[4..];
        }

        return Reply.Ok(new JsonObject
        {
            ["success"] = true, ["message"] = "Pairing code generated", ["pairingCode"] = code, ["status"] = "pairing",
        });
    }

    private static string Random(int bytes) => Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes)).TrimEnd('=');
}
