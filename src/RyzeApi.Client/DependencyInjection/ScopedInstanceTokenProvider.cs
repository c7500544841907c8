using Microsoft.Extensions.DependencyInjection;

namespace RyzeApi.Client.DependencyInjection;

/// <summary>
/// Resolves the app's <see cref="IInstanceTokenProvider"/> in a new scope for each lookup. The client is a singleton, so
/// resolving the provider once would capture a scoped one (say, over a <c>DbContext</c>) for the app's lifetime, or fail
/// when scopes are validated.
/// </summary>
internal sealed class ScopedInstanceTokenProvider(IServiceScopeFactory scopes) : IInstanceTokenProvider
{
    /// <summary>The provider to give the transport: none when the app registered none, so calls skip the lookup.</summary>
    public static IInstanceTokenProvider? For(IServiceProvider services) =>
        services.GetService<IServiceProviderIsService>() is { } registered
            ? registered.IsService(typeof(IInstanceTokenProvider)) ? new ScopedInstanceTokenProvider(services.GetRequiredService<IServiceScopeFactory>()) : null
            : services.GetService<IInstanceTokenProvider>(); // a container that cannot say: resolved once, as before

    public async ValueTask<string?> GetTokenAsync(string instanceName, CancellationToken cancellationToken = default)
    {
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            return await scope.ServiceProvider.GetRequiredService<IInstanceTokenProvider>()
                .GetTokenAsync(instanceName, cancellationToken).ConfigureAwait(false);
        }
    }
}
