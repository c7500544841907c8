using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RyzeApi.Client;

namespace Worker;

/// <summary>Polls the watched instances and logs each state change; a failed poll or provisioning is logged, not fatal.</summary>
public sealed partial class InstanceWatcher(RyzeClient client, IOptions<WatcherOptions> options, ILogger<InstanceWatcher> logger) : BackgroundService
{
    private readonly Dictionary<string, InstanceState> _last = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var watched = options.Value.Instances;
        if (options.Value.ProvisionMissing)
        {
            await ProvisionAsync(watched, stoppingToken);
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.Value.PollSeconds)));
        do
        {
            try
            {
                foreach (var instance in await client.Instances.ListAsync(watched, stoppingToken))
                {
                    if (!_last.TryGetValue(instance.Name, out var previous) || previous != instance.State)
                    {
                        _last[instance.Name] = instance.State;
                        LogStateChanged(logger, instance.Name, previous, instance.State);
                    }
                }
            }
            catch (RyzeApiException ex)
            {
                LogPollFailed(logger, ex.Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    private async Task ProvisionAsync(IEnumerable<string> names, CancellationToken cancellationToken)
    {
        foreach (var name in names)
        {
            try
            {
                // EnsureAsync, not CreateAsync: an instance that already exists (a restart) is found, not a RyzeConflictException.
                var ensured = await client.Instances.EnsureAsync(new CreateInstanceRequest { Name = name }, cancellationToken);
                if (ensured.Created)
                {
                    await client.Instances.ConnectAsync(name, cancellationToken: cancellationToken);
                }
            }
            catch (RyzeApiException ex)
            {
                // One instance that cannot be provisioned now must not stop the host: it is watched (and reported) anyway.
                LogProvisionFailed(logger, name, ex.Message);
            }
        }
    }

    [LoggerMessage(1, LogLevel.Information, "Instance {Name}: {Previous} -> {Current}")]
    private static partial void LogStateChanged(ILogger logger, string name, InstanceState previous, InstanceState current);

    [LoggerMessage(2, LogLevel.Warning, "Poll failed: {Error}")]
    private static partial void LogPollFailed(ILogger logger, string error);

    [LoggerMessage(3, LogLevel.Warning, "Could not provision {Name}: {Error}")]
    private static partial void LogProvisionFailed(ILogger logger, string name, string error);
}
