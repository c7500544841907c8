namespace RyzeApi.Client;

/// <summary>
/// Supplies instance tokens (TokenInstance) by instance name, e.g. from a vault, so calls on an instance's path run with
/// that instance's own token as RyzeAPI recommends. Create, list and delete always use the account token.
/// </summary>
/// <remarks>
/// Registered in the container, it is resolved in a new scope for each lookup, so it may be scoped (e.g. read tokens with
/// a <c>DbContext</c>) or transient as well as a singleton. Register it with a registration's name as key
/// (<c>services.AddKeyedSingleton&lt;IInstanceTokenProvider, VaultTokens&gt;("tenant-a")</c>) to serve that registration;
/// an unkeyed one serves only the default registration. Tokens are kept for
/// <see cref="RyzeClientOptions.InstanceTokenCacheLifetime"/>; an exception thrown here fails the call as a
/// <see cref="RyzeApiException"/> before anything is sent.
/// </remarks>
public interface IInstanceTokenProvider
{
    /// <summary>Returns the token of the named instance, or <see langword="null"/> to use the account token.</summary>
    /// <param name="instanceName">The instance whose path the call targets.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The instance token, or <see langword="null"/>.</returns>
    ValueTask<string?> GetTokenAsync(string instanceName, CancellationToken cancellationToken = default);
}
