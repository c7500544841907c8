namespace RyzeApi.Client;

public partial class FleetClient
{
    /// <summary>
    /// Carries a plan out, a few instances at a time: creates through <see cref="InstancesClient.EnsureAsync"/> (never
    /// twice), each changed block with one request, deletes through <see cref="InstancesClient.DeleteIfExistsAsync"/>.
    /// One instance's failure does not stop the others. The SDK's rate-limit handling paces the requests (creates
    /// 20 per minute, everything else 100), so a large fleet takes minutes rather than failing with 429s.
    /// </summary>
    /// <remarks>
    /// Cancelling stops at a request boundary: each instance is left with every block either at its old or its new
    /// value, and planning again shows what remains.
    /// </remarks>
    /// <param name="plan">A plan from <see cref="PlanAsync"/>; applying it again after it succeeded changes nothing new.</param>
    /// <param name="progress">Told after each instance is done.</param>
    /// <param name="cancellationToken">Cancels the apply.</param>
    /// <returns>Per instance: applied, failed (with the exception) or skipped.</returns>
    /// <exception cref="OperationCanceledException">The apply was cancelled; what was written stays written.</exception>
    public virtual async Task<FleetApplyResult> ApplyAsync(FleetPlan plan, IProgress<FleetProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var results = new FleetInstanceResult[plan.Changes.Count];
        var completed = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = plan.MaxConcurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, results.Length), parallel, async (index, ct) =>
        {
            results[index] = await ApplyChangeAsync(plan.Changes[index], ct).ConfigureAwait(false);
            progress?.Report(new FleetProgress { Completed = Interlocked.Increment(ref completed), Total = results.Length, Instance = results[index] });
        }).ConfigureAwait(false);
        return new FleetApplyResult { Instances = results };
    }

    private async Task<FleetInstanceResult> ApplyChangeAsync(FleetChange change, CancellationToken cancellationToken)
    {
        var applied = new List<FleetBlockChange>();
        try
        {
            switch (change.Action)
            {
                case FleetAction.Create:
                    var ensured = await Instances.EnsureAsync(change.Create!, cancellationToken).ConfigureAwait(false);
                    var inline = change.Blocks.Where(b => b.Block != FleetBlock.Webhook || b.Label == WebhookConfig.DefaultLabel).ToList();
                    // Found rather than created (an earlier, interrupted apply; someone else): its blocks are written one by one.
                    applied.AddRange(ensured.Created ? inline : []);
                    await WriteAsync(change.Name, change.Blocks.Except(applied), applied, cancellationToken).ConfigureAwait(false);
                    break;
                case FleetAction.Update:
                    await WriteAsync(change.Name, change.Blocks, applied, cancellationToken).ConfigureAwait(false);
                    break;
                case FleetAction.Delete:
                    await Instances.DeleteIfExistsAsync(change.Name, cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    return new FleetInstanceResult { Name = change.Name, Action = change.Action, Outcome = FleetOutcome.Skipped };
            }

            return new FleetInstanceResult { Name = change.Name, Action = change.Action, Outcome = FleetOutcome.Applied, AppliedBlocks = applied };
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return new FleetInstanceResult { Name = change.Name, Action = change.Action, Outcome = FleetOutcome.Failed, AppliedBlocks = applied, Error = error };
        }
    }

    private async Task WriteAsync(string name, IEnumerable<FleetBlockChange> blocks, List<FleetBlockChange> applied, CancellationToken cancellationToken)
    {
        foreach (var block in blocks)
        {
            Task write = block.Desired switch
            {
                InstanceSettingsPatch settings => Instances.UpdateSettingsAsync(name, settings, cancellationToken),
                ProxyConfig proxy => Instances.UpdateProxyAsync(name, proxy, cancellationToken),
                S3Config s3 => Instances.UpdateS3Async(name, s3, cancellationToken),
                WebhookConfig webhook => Events.UpsertWebhookAsync(name, webhook with { Label = block.Label! }, cancellationToken),
                WebSocketConfig webSocket => Events.ConfigureWebSocketAsync(name, webSocket, cancellationToken),
                _ => throw new NotSupportedException($"The {block.Key} block of an existing instance cannot be written by a fleet apply yet."),
            };
            await write.ConfigureAwait(false);
            applied.Add(block);
        }
    }
}
