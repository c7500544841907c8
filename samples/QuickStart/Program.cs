// RyzeApi.Client quick start: the whole life of a WhatsApp instance, one line per step.
// With RYZEAPI_TOKEN unset it runs against the fake RyzeAPI in-process, so it works on any machine.
// Environment: RYZEAPI_TOKEN, RYZEAPI_BASE_URL, RYZEAPI_INSTANCE, RYZEAPI_PHONE, RYZEAPI_CONNECT_TIMEOUT (s), RYZEAPI_KEEP=1.
using System.Diagnostics;
using QRCoder;
using RyzeApi.Client;
using RyzeApi.Client.Testing;

string? Env(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;

// 1. Pick the server: the real RyzeAPI when a token is set, else the fake (which pairs by itself after 3 s).
var token = Env("RYZEAPI_TOKEN");
await using var fake = token is null ? await FakeRyzeServer.StartAsync(new FakeRyzeServerOptions { AutoPairAfter = TimeSpan.FromSeconds(3) }) : null;
var baseAddress = fake?.BaseAddress ?? new Uri(Env("RYZEAPI_BASE_URL") ?? RyzeClientOptions.DefaultBaseAddress.ToString());
Console.WriteLine(fake is null
    ? $"RyzeAPI quick start against {baseAddress}"
    : $"RyzeAPI quick start against the fake RyzeAPI at {baseAddress} (set RYZEAPI_TOKEN to use the real service)");

var client = new RyzeClient(new RyzeClientOptions { BaseAddress = baseAddress, AccountToken = token ?? fake!.AccountToken });
var name = Env("RYZEAPI_INSTANCE") ?? $"quickstart-{Guid.NewGuid().ToString("N")[..6]}";
var connectTimeout = TimeSpan.FromSeconds(int.TryParse(Env("RYZEAPI_CONNECT_TIMEOUT"), out var seconds) ? seconds : 120);
var keep = Env("RYZEAPI_KEEP") == "1";

// Ctrl+C cancels the step under way; the instance is then deleted, so a real account is not left with a stray one.
// A second Ctrl+C ends the process at once.
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = !stop.IsCancellationRequested;
    stop.Cancel();
};
var cancel = stop.Token;
string? toCleanUp = null;

try
{
    // 2. Create the instance with its settings, webhook and WebSocket already wired (cleaned up even if stopped while it is sent).
    toCleanUp = keep ? null : name;
    var created = await client.Instances.CreateAsync(new CreateInstanceRequest
    {
        Name = name,
        Settings = new InstanceSettings { AutoRejectCalls = true, CallRejectMessage = "This number does not take calls." },
        Webhook = new WebhookConfig { Url = new Uri("https://example.com/ryzeapi/webhook"), Events = [RyzeEvents.MessageExchange, RyzeEvents.InstanceState] },
        WebSocket = new WebSocketConfig { Events = [RyzeEvents.InstanceState] },
    }, cancel);
    Console.WriteLine($"created     {created.Name}: state {created.State}, token {(created.Token is null ? "none" : "***")}, webhook {(created.Webhook?.Enabled == true ? "on" : "off")}");

    // 3. Connect: a QR code drawn in the terminal (a new one each time it expires), or a pairing code when RYZEAPI_PHONE
    //    is set, until connected. The wait listens on the instance's WebSocket, enabled at create.
    var phone = Env("RYZEAPI_PHONE");
    var clock = Stopwatch.StartNew();
    try
    {
        var instance = await client.Instances.ConnectAndWaitAsync(
            name, new Progress<ConnectResult>(Show), connectTimeout, phone is null ? null : new ConnectOptions { PhoneNumber = phone }, cancel);
        Console.WriteLine($"state       connected as {instance.Connection?.NumberJid} after {clock.Elapsed.TotalSeconds:0.0} s");
    }
    catch (TimeoutException)
    {
        Console.WriteLine($"state       not connected after {clock.Elapsed.TotalSeconds:0} s; carrying on");
    }

    // 4. The events configuration: a second, labelled webhook for receipts only, set once however often this runs.
    var receipts = await client.Events.EnsureWebhookAsync(name, new WebhookConfig
    {
        Label = "receipts", Url = new Uri("https://example.com/ryzeapi/receipts"), Events = [RyzeEvents.MessageStatus],
    }, cancel);
    Console.WriteLine($"webhooks    {receipts.Webhook.Label} {(receipts.Changed ? "written" : "already set")}, {(await client.Events.GetWebhooksAsync(name, cancel)).Count} in all");

    // 5. Read, then update the settings.
    var settings = await client.Instances.GetSettingsAsync(name, cancel);
    var updated = await client.Instances.UpdateSettingsAsync(name, new InstanceSettingsPatch { AutoReadMessages = !settings.AutoReadMessages }, cancel);
    Console.WriteLine($"settings    autoReadMessages {settings.AutoReadMessages} -> {updated.AutoReadMessages}, autoRejectCalls {updated.AutoRejectCalls}");

    // 6. Read the proxy and S3 configuration.
    var proxy = await client.Instances.GetProxyAsync(name, cancel);
    var s3 = await client.Instances.GetS3Async(name, cancel);
    Console.WriteLine($"config      proxy {(proxy.Enabled ? $"{proxy.Protocol} {proxy.Host}:{proxy.Port}" : "none")}, S3 {(s3.Enabled ? s3.Bucket : "none")}");

    // 7. Log out, then delete (unless RYZEAPI_KEEP=1).
    await client.Instances.LogoutAsync(name, cancel);
    Console.WriteLine("logout      done");
    if (keep)
    {
        Console.WriteLine($"delete      skipped (RYZEAPI_KEEP=1): {name} is kept");
    }
    else
    {
        await client.Instances.DeleteAsync(name, cancel);
        toCleanUp = null;
        Console.WriteLine("delete      done");
    }

    return 0;
}
catch (OperationCanceledException) when (cancel.IsCancellationRequested)
{
    Console.Error.WriteLine("stopped (Ctrl+C)");
    return 130;
}
catch (RyzeApiException ex)
{
    Console.Error.WriteLine($"error: {ex.Message}");
    return 1;
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine($"error: {ex.Message}");
    return 1;
}
finally
{
    if (toCleanUp is not null)
    {
        try
        {
            await client.Instances.DeleteAsync(toCleanUp); // not on the cancelled token: this is the clean-up
            Console.Error.WriteLine($"cleanup     deleted {toCleanUp}");
        }
        catch (RyzeNotFoundException)
        {
            // the create never reached the server: nothing to clean up
        }
        catch (RyzeApiException ex)
        {
            Console.Error.WriteLine($"cleanup     could not delete {toCleanUp}: {ex.Message}");
        }
    }
}

static void Show(ConnectResult code)
{
    if (code.Kind == ConnectKind.PairingCode)
    {
        Console.WriteLine($"connect     pairing code {code.FormattedPairingCode}: WhatsApp > Linked devices > Link with phone number");
        return;
    }

    Console.WriteLine("connect     scan this QR code in WhatsApp > Linked devices (a new one follows when it expires):");
    using var qr = new QRCodeGenerator().CreateQrCode(code.QrCode ?? string.Empty, QRCodeGenerator.ECCLevel.L);
    Console.WriteLine(new AsciiQRCode(qr).GetGraphicSmall());
}
