namespace RyzeApi.Client;

/// <summary>
/// Supplies instance tokens (TokenInstance) by instance name, e.g. from a vault, so calls on an instance's path run with
/// that instance's own token as RyzeAPI recommends. Create, list and delete always use the account token.
/// </summary>
/// <remarks>
/// Registered in the container, it is resolved in a new scope for each lookup, so it may be scoped (e.g. read tokens with
/// a <c>DbContext</c>) or transient as well as a singleton.
/// </remarks>
public interface IInstanceTokenProvider
{
    /// <summary>Returns the token of the named instance, or <see langword="null"/> to use the account token.</summary>
    /// <param name="instanceName">The instance whose path the call targets.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The instance token, or <see langword="null"/>.</returns>
    ValueTask<string?> GetTokenAsync(string instanceName, CancellationToken cancellationToken = default);
}
