using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;

namespace RyzeApi.Client.DependencyInjection;

/// <summary>
/// The names registered with <c>AddRyzeApiClient</c>, and the one validated options snapshot each works from. The
/// client's transport and every HTTP handler <see cref="IHttpClientFactory"/> builds for it read the same snapshot, so
/// a configuration reload cannot half-apply (new timeouts in a rebuilt handler only); the account token alone is read
/// afresh (<see cref="AccountTokenOf"/>), so it can be rotated without a restart.
/// </summary>
internal sealed class RyzeClientRegistry(IOptionsMonitor<RyzeClientOptions> options, IEnumerable<RyzeClientRegistry.Registration> registrations)
{
    private readonly string[] _names = registrations.Select(r => r.Name).Distinct(StringComparer.Ordinal).ToArray();

    private readonly ConcurrentDictionary<string, RyzeClientOptions> _snapshots = new(StringComparer.Ordinal);

    // Kept for the container's lifetime, as the clients that read the tokens are.
    private readonly ConcurrentBag<IDisposable?> _subscriptions = [];

    /// <summary>The snapshot of <paramref name="name"/>, taken on first use (when its client or handler is first built).</summary>
    /// <exception cref="InvalidOperationException">Nothing is registered as <paramref name="name"/>.</exception>
    /// <exception cref="OptionsValidationException">The registration's options are unusable.</exception>
    public RyzeClientOptions OptionsOf(string name) =>
        _snapshots.GetOrAdd(name, static (name, self) => self.TakeSnapshot(name), this);

    private RyzeClientOptions TakeSnapshot(string name)
    {
        // IOptionsMonitor hands out default options for any name, and their error, "AccountToken is required", reads
        // like a bad token rather than a missing registration.
        if (!_names.Contains(name, StringComparer.Ordinal))
        {
            var registered = _names.Length == 0 ? "none" : string.Join(", ", _names.Select(n => $"'{n}'"));
            var how = name.Length == 0 ? "AddRyzeApiClient(configure)" : $"AddRyzeApiClient(\"{name}\", configure)";
            throw new InvalidOperationException($"No RyzeAPI client is registered as '{name}'; register it with {how}. Registered names: {registered}.");
        }

        return options.Get(name).Snapshot();
    }

    /// <summary>
    /// The account token of <paramref name="name"/> as configured now: a reload that changes it reaches the next request
    /// (calls in flight finish with the one they sent); a reload that leaves it blank keeps the last usable one.
    /// </summary>
    public Func<string> AccountTokenOf(string name)
    {
        var current = new StrongBox<string?>(OptionsOf(name).AccountToken);
        _subscriptions.Add(options.OnChange((changed, changedName) =>
        {
            if (string.Equals(changedName ?? Options.DefaultName, name, StringComparison.Ordinal) && !string.IsNullOrWhiteSpace(changed.AccountToken))
            {
                Volatile.Write(ref current.Value, changed.AccountToken);
            }
        }));
        return () => Volatile.Read(ref current.Value)!;
    }

    /// <summary>Marks one <c>AddRyzeApiClient</c> call, so that the registry knows its name.</summary>
    internal sealed record Registration(string Name);
}
