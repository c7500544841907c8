// The fake RyzeAPI as a process, for manual tries and for tools that cannot host it in-process.
// Usage: dotnet run --project samples/FakeServer -- --port 5080 [--token X] [--auto-pair-after 5]
using System.Globalization;
using System.Runtime.InteropServices;
using RyzeApi.Client.Testing;

var options = new FakeRyzeServerOptions { Port = 5080 };
for (var i = 0; i < args.Length; i++)
{
    var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"Missing value after {args[i]}.");
    switch (args[i])
    {
        case "--port":
            options.Port = int.Parse(value, CultureInfo.InvariantCulture);
            break;
        case "--token":
            options.AccountToken = value;
            break;
        case "--auto-pair-after":
            options.AutoPairAfter = TimeSpan.FromSeconds(double.Parse(value, CultureInfo.InvariantCulture));
            break;
        default:
            Console.Error.WriteLine($"Unknown option {args[i]}. Options: --port N, --token X, --auto-pair-after SECONDS");
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
