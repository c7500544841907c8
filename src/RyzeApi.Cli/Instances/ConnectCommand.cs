using System.CommandLine;

namespace RyzeApi.Cli;

/// <summary>
/// <c>ryze instance connect</c>: shows the QR code (or pairing code) the SDK asks for, redraws it in place each time it
/// expires, and exits 0 once the instance reports connected.
/// </summary>
internal static class ConnectCommand
{
    public static Command Build(CommandFactory commands)
    {
        var name = InstanceCommands.NameArgument();
        var phone = new Option<string?>("--pairing-code") { Description = "Pair by code on this phone number (digits with country code) instead of a QR code." };
        var timeout = new Option<TimeSpan>("--timeout") { Description = "How long to wait for the pairing (exit 3 after).", DefaultValueFactory = _ => TimeSpan.FromMinutes(3) };
        return commands.Create("connect", "Pair the instance with WhatsApp: scan the QR code drawn here, or enter the pairing code.", (run, ct) =>
            ConnectAsync(run, run.Value(name), run.Value(phone), run.Value(timeout), ct), name, phone, timeout);
    }

    private static async Task<int> ConnectAsync(Invocation run, string name, string? phone, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var screen = new CodeScreen(run);
        var options = phone is null ? null : new ConnectOptions { PhoneNumber = phone };
        var connected = await run.CreateClient().Instances.ConnectAndWaitAsync(name, new SyncProgress<ConnectResult>(screen.Show), timeout, options, cancellationToken);
        var number = connected.Connection?.NumberJid;
        if (run.Json)
        {
            Line(run, new ConnectUpdate { State = "connected", Number = number });
        }
        else
        {
            screen.Clear();
            run.Console.Out.WriteLine($"{name} is connected{(number is null ? "" : $" as {number}")}.");
        }

        return ExitCodes.Success;
    }

    internal static void Line(Invocation run, ConnectUpdate update) =>
        run.Printer.Json(JsonSerializer.SerializeToElement(update, CliJsonContext.Default.ConnectUpdate), indented: false);

    /// <summary>Keeps the last code on screen and replaces it in place on a terminal.</summary>
    private sealed class CodeScreen(Invocation run)
    {
        private int _lines;

        public void Show(ConnectResult code)
        {
            if (run.Json)
            {
                Line(run, new ConnectUpdate
                {
                    State = code.Kind == ConnectKind.PairingCode ? "pairingCode" : "qrCode",
                    QrCode = code.QrCode,
                    PairingCode = code.FormattedPairingCode,
                });
                return;
            }

            Clear();
            var text = code.Kind == ConnectKind.PairingCode
                ? $"Pairing code: {code.FormattedPairingCode}\nOn the phone: WhatsApp > Linked devices > Link with phone number.\n"
                : $"{QrRenderer.Render(code.QrCode ?? "")}Scan with WhatsApp > Linked devices > Link a device. A new code comes when this one expires.\n";
            run.Console.Out.Write(text);
            _lines = text.Count(c => c == '\n');
        }

        public void Clear()
        {
            // Cursor up over the old code and erase to the end of the screen; only where ANSI is understood.
            if (_lines > 0 && !run.Console.IsOutputRedirected)
            {
                run.Console.Out.Write($"\u001b[{_lines}F\u001b[J");
            }

            _lines = 0;
        }
    }
}
