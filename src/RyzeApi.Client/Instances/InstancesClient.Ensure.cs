using System.Net;
using RyzeApi.Client.Http;

namespace RyzeApi.Client;

public partial class InstancesClient
{
    /// <summary>
    /// Create-or-get: returns the instance of that name if it exists (<see cref="EnsureInstanceResult.Created"/> is
    /// <see langword="false"/>), otherwise creates it with exactly one create request; a 409 on create resolves to the
    /// existing instance. This is also the way out of an ambiguous <see cref="CreateAsync"/> failure
    /// (<see cref="RyzeApiException.MayHaveBeenProcessed"/>): call it with the same request to find out.
    /// </summary>
    /// <remarks>
    /// A create is never resent. When this call's own create fails without a clear answer, the instance is looked up by
    /// name: found after a 2xx this call could not read, or with the custom <see cref="CreateInstanceRequest.Token"/> that
    /// was sent, it is provably ours (<c>Created</c> and <c>Reconciled</c>); found otherwise, it is returned with <c>Reconciled</c> only; not found, the
    /// original exception is thrown, since the server may still be processing it: call again later to retry safely.
    /// </remarks>
    /// <param name="request">The instance to ensure; only <see cref="CreateInstanceRequest.Name"/> is used when it exists (its configuration is not changed).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The instance and whether this call created it.</returns>
    /// <exception cref="ArgumentException">The name or a block is invalid; nothing was sent.</exception>
    /// <exception cref="RyzeForbiddenException">The account's instance quota is used up.</exception>
    /// <exception cref="RyzeApiException">The look-up or the create failed, and the instance could not be found afterwards.</exception>
    public virtual async Task<EnsureInstanceResult> EnsureAsync(CreateInstanceRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate(nameof(request));
        if (await FindAsync(request.Name, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            return new EnsureInstanceResult { Instance = existing };
        }

        try
        {
            var created = await CreateAsync(request, cancellationToken).ConfigureAwait(false);
            return new EnsureInstanceResult { Instance = created, Created = true };
        }
        catch (RyzeConflictException)
        {
            // Someone created it between our look-up and our create; a 409 for a taken custom token finds nothing and rethrows.
            var winner = await FindAsync(request.Name, cancellationToken).ConfigureAwait(false);
            if (winner is null)
            {
                throw;
            }

            return new EnsureInstanceResult { Instance = winner };
        }
        catch (RyzeApiException ambiguous) when (ambiguous.MayHaveBeenProcessed)
        {
            var found = await TryFindAfterFailureAsync(request.Name, cancellationToken).ConfigureAwait(false);
            if (found is null)
            {
                throw;
            }

            // A 2xx this call could not read answered our own create; otherwise only the custom token sent can prove it.
            var provablyOurs = ambiguous.StatusCode is >= HttpStatusCode.OK and < HttpStatusCode.MultipleChoices
                || (request.Token is not null && string.Equals(found.Token, request.Token, StringComparison.Ordinal));
            return new EnsureInstanceResult { Instance = found, Created = provablyOurs, Reconciled = true };
        }
    }

    /// <summary>Deletes an instance if there is one of that name: the delete-side twin of <see cref="EnsureAsync"/>, for scripts that must be safe to run twice.</summary>
    /// <param name="name">The instance name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="true"/> when this call deleted it; <see langword="false"/> when no instance had that name (one request either way).</returns>
    /// <exception cref="ArgumentException">The name is invalid; nothing was sent.</exception>
    /// <exception cref="RyzeApiException">The call failed.</exception>
    public virtual async Task<bool> DeleteIfExistsAsync(string name, CancellationToken cancellationToken = default)
    {
        InstanceName.Validate(name, nameof(name));
        try
        {
            await DeleteAsync(name, RyzeOperation.DeleteIfExists, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RyzeNotFoundException)
        {
            return false;
        }
    }

    private async Task<Instance?> FindAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            return await LookUpAsync(name, RyzeOperation.Find, cancellationToken).ConfigureAwait(false);
        }
        catch (RyzeNotFoundException)
        {
            return null; // the answer this look-up expects for a new name: recorded as such, not as a failure
        }
    }

    private async Task<Instance?> TryFindAfterFailureAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            return await FindAsync(name, cancellationToken).ConfigureAwait(false);
        }
        catch (RyzeApiException)
        {
            return null; // the look-up failed too: the create's own failure is the one worth reporting
        }
    }
}
