using System.Collections.Concurrent;

namespace RyzeApi.Client;

/// <summary>Reads the fleet (one list call, then only the reads each declared block needs, bounded) and diffs it against the spec.</summary>
internal sealed class FleetPlanner(InstancesClient instances, EventsClient events)
{
    public async Task<FleetPlan> PlanAsync(FleetSpec spec, FleetPlanOptions options, CancellationToken cancellationToken)
    {
        var listed = new Dictionary<string, Instance>(StringComparer.Ordinal);
        foreach (var instance in await instances.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            listed.TryAdd(instance.Name, instance);
        }

        var states = new ConcurrentDictionary<string, FleetCurrentState>(StringComparer.Ordinal);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxConcurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(spec.Instances.Where(pair => listed.ContainsKey(pair.Key)), parallel, async (pair, ct) =>
            states[pair.Key] = await ReadAsync(listed[pair.Key], pair.Value, ct).ConfigureAwait(false)).ConfigureAwait(false);

        var changes = spec.Instances.Select(pair => Diff(pair.Key, pair.Value, states.GetValueOrDefault(pair.Key), options.RotateSecrets)).ToList();
        if (spec.Prune)
        {
            changes.AddRange(listed.Keys.Where(name => !spec.Instances.ContainsKey(name)).Select(name => new FleetChange { Name = name, Action = FleetAction.Delete }));
        }

        RefuseChatwootUpdates(changes);
        return new FleetPlan(changes, options.MaxConcurrency);
    }

    private async Task<FleetCurrentState> ReadAsync(Instance listed, FleetInstanceSpec spec, CancellationToken ct)
    {
        var name = listed.Name;
        var settings = spec.Settings is null ? null : await instances.GetSettingsAsync(name, ct).ConfigureAwait(false);
        var proxy = spec.Proxy is null ? null : await instances.GetProxyAsync(name, ct).ConfigureAwait(false);
        var s3 = spec.S3 is null ? null : await instances.GetS3Async(name, ct).ConfigureAwait(false);
        var webhooks = spec.Webhooks is null ? null : await events.GetWebhooksAsync(name, ct).ConfigureAwait(false);
        var webSocket = spec.WebSocket is null ? null : await events.GetWebSocketAsync(name, ct).ConfigureAwait(false);
        return new FleetCurrentState(listed, settings, proxy, s3, webhooks, webSocket);
    }

    /// <summary>One instance's change; <paramref name="current"/> is <see langword="null"/> for an instance to create.</summary>
    private static FleetChange Diff(string name, FleetInstanceSpec spec, FleetCurrentState? current, bool rotate)
    {
        var notCompared = new List<string>();
        List<FleetBlockChange?> blocks =
        [
            spec.Settings is { } settings ? FleetDiff.Settings(settings, current?.Settings, notCompared) : null,
            spec.Proxy is { } proxy ? FleetDiff.Proxy(proxy, current?.Proxy, rotate, notCompared) : null,
            spec.S3 is { } s3 ? FleetDiff.S3(s3, current?.S3, rotate, notCompared) : null,
            spec.Chatwoot is { } chatwoot ? FleetDiff.Chatwoot(chatwoot, current?.Listed.Chatwoot, notCompared) : null,
            .. (spec.Webhooks ?? new Dictionary<string, WebhookConfig>()).Select(webhook =>
                FleetDiff.Webhook(webhook.Key, webhook.Value, current?.Webhooks?.FirstOrDefault(w => w.Label == webhook.Key), rotate, notCompared)),
            spec.WebSocket is { } webSocket ? FleetDiff.WebSocket(webSocket, current?.WebSocket, notCompared) : null,
        ];
        var written = blocks.OfType<FleetBlockChange>().ToList();
        if (current is null)
        {
            return new FleetChange { Name = name, Action = FleetAction.Create, Blocks = written, Create = FleetRequests.Create(name, spec) };
        }

        return new FleetChange { Name = name, Action = written.Count > 0 ? FleetAction.Update : FleetAction.NoChange, Blocks = written, NotCompared = notCompared };
    }

    /// <summary>The SDK has no Chatwoot write for an existing instance yet: refused here, before anything is written.</summary>
    private static void RefuseChatwootUpdates(List<FleetChange> changes)
    {
        var names = changes.Where(c => c.Action == FleetAction.Update && c.Blocks.Any(b => b.Block == FleetBlock.Chatwoot)).Select(c => c.Name).ToList();
        if (names.Count > 0)
        {
            throw new NotSupportedException(
                $"The Chatwoot block of existing instances cannot be changed by a fleet plan yet (it is set when an instance is created); it differs for: {string.Join(", ", names)}. Nothing was sent.");
        }
    }
}
