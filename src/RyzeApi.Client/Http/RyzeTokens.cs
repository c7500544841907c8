namespace RyzeApi.Client.Http;

/// <summary>
/// Which token a call sends. The account token is read on every call (under DI it follows configuration reloads); an
/// instance's own token comes from <see cref="RyzeClient.ForInstance"/>, else from the registration's provider, cached.
/// </summary>
internal sealed class RyzeTokens(Func<string> account, InstanceTokenCache? cache = null, IInstanceTokenProvider? explicitTokens = null)
{
    public string Account => account();

    /// <summary>Whether calls on an instance's path must look its token up first.</summary>
    public bool HasInstanceTokens => cache is not null || explicitTokens is not null;

    /// <summary>The same account and provider, plus <paramref name="token"/> for <paramref name="instance"/> (it wins over the provider).</summary>
    public RyzeTokens WithInstanceToken(string instance, string token) =>
        new(account, cache, new InstanceTokenOverride(instance, token, explicitTokens));

    /// <summary>
    /// The token to send on <paramref name="instance"/>'s path, and whether it came from the cache (a stale one is worth one
    /// more try). A provider that fails fails the call inside the SDK's exception family, before anything is sent.
    /// </summary>
    public async ValueTask<(string Token, bool Cached)> ForInstanceAsync(RyzeOperation operation, string instance, CancellationToken cancellationToken)
    {
        try
        {
            if (explicitTokens is not null && await explicitTokens.GetTokenAsync(instance, cancellationToken).ConfigureAwait(false) is { Length: > 0 } given)
            {
                return (given, false);
            }

            if (cache is not null && await cache.GetAsync(instance, cancellationToken).ConfigureAwait(false) is ({ Length: > 0 } found, var cached))
            {
                return (found, cached);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            throw RyzeErrorFactory.FromTokenProvider(operation, instance, ex);
        }

        return (Account, false);
    }

    /// <summary>
    /// After a 401 <c>Invalid instance token</c> or <c>Invalid token</c> on a looked-up token: forgets it, and says whether the
    /// call is worth one more try with a fresh look-up (only when the token had come from the cache).
    /// </summary>
    public bool DropRejected(string instance, string sent, bool cached, RyzeApiException error)
    {
        if (cache is null || error is not RyzeAuthenticationException || !RyzeErrorMessages.IsInvalidToken(error.ErrorMessage)
            || string.Equals(sent, Account, StringComparison.Ordinal))
        {
            return false;
        }

        cache.Drop(instance);
        return cached;
    }
}
