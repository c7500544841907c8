// The fake RyzeAPI as a process, for manual tries and for tools that cannot host it in-process.
// Usage: dotnet run --project samples/FakeServer -- --port 5080 [--token X] [--auto-pair-after 5]
using System.Globalization;
using System.Runtime.InteropServices;
using RyzeApi.Client.Testing;

const string Usage = "Usage: FakeServer [--port N] [--token X] [--auto-pair-after SECONDS] [--help]";
var options = new FakeRyzeServerOptions { Port = 5080 };
for (var i = 0; i < args.Length; i++)
{
    // A bad command line is the user's mistake, not a crash: say why, show the usage, exit 2 like other CLIs.
    var value = i + 1 < args.Length ? args[i + 1] : null;
    string? error = null;
    switch (args[i])
    {
        case "--help" or "-h":
            Console.WriteLine(Usage);
            return 0;
        case "--port" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port <= 65535:
            options.Port = port;
            break;
        case "--token" when !string.IsNullOrWhiteSpace(value):
            options.AccountToken = value;
            break;
        case "--auto-pair-after" when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
            && seconds >= 0 && seconds <= int.MaxValue:
            options.AutoPairAfter = TimeSpan.FromSeconds(seconds);
            break;
        case "--port" or "--token" or "--auto-pair-after":
            error = value is null ? $"Missing value after {args[i]}." : $"Bad value for {args[i]}: '{value}'.";
            break;
        default:
            error = $"Unknown option {args[i]}.";
            break;
    }

    if (error is not null)
    {
        Console.Error.WriteLine(error);
        Console.Error.WriteLine(Usage);
        return 2;
    }

    i++;
}

var stop = new TaskCompletionSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.TrySetResult();
};
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    stop.TrySetResult();
});

await using var fake = await FakeRyzeServer.StartAsync(options);
Console.WriteLine($"RyzeAPI fake listening on {fake.BaseAddress}");

// A fake token for a fake server: printing it is the point.
Console.WriteLine($"Account token: {fake.AccountToken}");
Console.WriteLine("Press Ctrl+C to stop.");
await stop.Task;
Console.WriteLine("Stopping.");
return 0;
