using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace RyzeApi.Client.DependencyInjection;

/// <summary>
/// The one validated options snapshot each registration name works from. The client's transport and every HTTP
/// handler <see cref="IHttpClientFactory"/> builds for it read the same snapshot, so a configuration reload cannot
/// half-apply (new timeouts in a rebuilt handler while the old token is still sent).
/// </summary>
internal sealed class RyzeClientRegistry(IOptionsMonitor<RyzeClientOptions> options)
{
    private readonly ConcurrentDictionary<string, RyzeClientOptions> _snapshots = new(StringComparer.Ordinal);

    /// <summary>The snapshot of <paramref name="name"/>, taken on first use (when its client or handler is first built).</summary>
    /// <exception cref="OptionsValidationException">The registration's options are unusable.</exception>
    public RyzeClientOptions OptionsOf(string name) =>
        _snapshots.GetOrAdd(name, static (name, monitor) => monitor.Get(name).Snapshot(), options);
}
