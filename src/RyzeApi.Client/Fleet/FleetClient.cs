namespace RyzeApi.Client;

/// <summary>
/// Desired-state configuration of many instances: <see cref="PlanAsync"/> compares a <see cref="FleetSpec"/> with the
/// account and <see cref="ApplyAsync"/> carries the plan out. Methods are virtual so partners can mock them.
/// </summary>
public partial class FleetClient
{
    private readonly InstancesClient? _instances;
    private readonly EventsClient? _events;

    /// <summary>Creates a client for mocking: override the members a test calls; any other throws <see cref="InvalidOperationException"/>.</summary>
    protected FleetClient()
    {
    }

    internal FleetClient(InstancesClient instances, EventsClient events)
    {
        _instances = instances;
        _events = events;
    }

    private InstancesClient Instances => _instances ?? throw Mocking.NotOverridden(this);

    private EventsClient Events => _events ?? throw Mocking.NotOverridden(this);

    /// <summary>The client <see cref="RyzeClient"/>'s mocking constructor hands out: every member throws until overridden.</summary>
    internal static FleetClient Unconnected() => new();

    /// <summary>
    /// Reads the account (one list call, then for each existing instance only the reads its declared blocks need:
    /// settings, proxy, S3, webhooks, WebSocket; a few instances at a time) and returns what applying <paramref name="spec"/> would change. Nothing is written.
    /// </summary>
    /// <param name="spec">The desired state.</param>
    /// <param name="options">Concurrency and secret rotation; the defaults when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The plan; <see cref="FleetPlan.ToString"/> renders it for review.</returns>
    /// <exception cref="ArgumentException">The spec holds an invalid name or block, or the options are out of range; nothing was sent.</exception>
    /// <exception cref="NotSupportedException">The Chatwoot block of an existing instance differs: the SDK cannot change it yet; nothing was written.</exception>
    /// <exception cref="RyzeApiException">A read failed.</exception>
    public virtual Task<FleetPlan> PlanAsync(FleetSpec spec, FleetPlanOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(spec);
        options ??= new FleetPlanOptions();
        if (options.MaxConcurrency < 1)
        {
            throw new ArgumentException("MaxConcurrency must be at least 1.", nameof(options));
        }

        spec.Validate(nameof(spec));
        return new FleetPlanner(Instances, Events).PlanAsync(spec, options, cancellationToken);
    }
}
