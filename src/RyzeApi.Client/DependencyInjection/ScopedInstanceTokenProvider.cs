using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace RyzeApi.Client.DependencyInjection;

/// <summary>
/// Resolves a registration's <see cref="IInstanceTokenProvider"/> in a new scope for each lookup. The client is a
/// singleton, so resolving the provider once would capture a scoped one (say, over a <c>DbContext</c>) for the app's
/// lifetime, or fail when scopes are validated.
/// </summary>
/// <remarks>
/// A provider registered with a registration's name as its key serves that registration only; an unkeyed one serves
/// only the default (unnamed) registration, so two accounts that both own an instance called <c>shop</c> never get each
/// other's token.
/// </remarks>
internal sealed class ScopedInstanceTokenProvider(IServiceScopeFactory scopes, string? key) : IInstanceTokenProvider
{
    /// <summary>The provider of registration <paramref name="name"/>: none when the app registered none for it, so calls skip the lookup.</summary>
    public static IInstanceTokenProvider? For(IServiceProvider services, string name)
    {
        var scopes = services.GetRequiredService<IServiceScopeFactory>();
        if (services.GetService<IServiceProviderIsKeyedService>() is { } keyed && keyed.IsKeyedService(typeof(IInstanceTokenProvider), name))
        {
            return new ScopedInstanceTokenProvider(scopes, name);
        }

        if (name != Options.DefaultName)
        {
            return null;
        }

        return services.GetService<IServiceProviderIsService>() is { } registered
            ? registered.IsService(typeof(IInstanceTokenProvider)) ? new ScopedInstanceTokenProvider(scopes, key: null) : null
            : services.GetService<IInstanceTokenProvider>(); // a container that cannot say: resolved once
    }

    public async ValueTask<string?> GetTokenAsync(string instanceName, CancellationToken cancellationToken = default)
    {
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var provider = key is null
                ? scope.ServiceProvider.GetRequiredService<IInstanceTokenProvider>()
                : scope.ServiceProvider.GetRequiredKeyedService<IInstanceTokenProvider>(key);
            return await provider.GetTokenAsync(instanceName, cancellationToken).ConfigureAwait(false);
        }
    }
}
