using System.Net;
using RyzeApi.Client.Http;
using RyzeApi.Client.Instances.Wire;
using RyzeApi.Client.Serialization;

namespace RyzeApi.Client;

/// <summary>
/// Manages WhatsApp instances: create, list, connect, configure, log out and delete. Every method checks its arguments
/// before sending anything and fails with a <see cref="RyzeApiException"/> subtype. Methods are virtual so partners can mock them.
/// </summary>
public partial class InstancesClient
{
    private const string ListPath = "/api/instance/list";
    private readonly RyzeTransport? _transport;

    /// <summary>Creates a client for mocking: override the members a test calls; any other throws <see cref="InvalidOperationException"/>.</summary>
    protected InstancesClient()
    {
    }

    internal InstancesClient(RyzeTransport transport) => _transport = transport;

    private RyzeTransport Transport => _transport ?? throw Mocking.NotOverridden(this);

    /// <summary>The client <see cref="RyzeClient"/>'s mocking constructor hands out: every member throws until overridden.</summary>
    internal static InstancesClient Unconnected() => new();

    /// <summary>Creates an instance (account token; 20 per minute), already wired to the blocks the request carries.</summary>
    /// <param name="request">The name and optional proxy, webhook, WebSocket, Chatwoot, settings and S3 blocks.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The created instance with its token and the outcome of each block (a failed Chatwoot block does not fail the call).</returns>
    /// <exception cref="ArgumentException">The name or a block is invalid; nothing was sent.</exception>
    /// <exception cref="RyzeConflictException">The name or custom token is taken.</exception>
    /// <exception cref="RyzeForbiddenException">The account's instance quota is used up (<see cref="RyzeForbiddenException.IsQuotaExceeded"/>).</exception>
    /// <exception cref="RyzeApiException">Any other failure; when <see cref="RyzeApiException.MayHaveBeenProcessed"/>, call <see cref="EnsureAsync"/> with the same request: it finds the instance by name and never creates it twice.</exception>
    public virtual Task<Instance> CreateAsync(CreateInstanceRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate(nameof(request));
        var body = WireMapping.ToBody(request);
        return Transport.SendWithAccountTokenAsync(
            RyzeOperation.Create,
            request.Name,
            (api, _, token, ct) => api.CreateAsync(token, body, ct),
            RyzeJsonContext.Default.CreateInstanceEnvelope,
            answer => WireMapping.ToInstance(answer, request.Name),
            cancellationToken);
    }

    /// <summary>Lists every instance of the account.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The instances, in the server's order.</returns>
    /// <exception cref="RyzeApiException">The call failed.</exception>
    public virtual Task<IReadOnlyList<Instance>> ListAsync(CancellationToken cancellationToken = default) =>
        Transport.SendWithAccountTokenAsync(
            RyzeOperation.List,
            string.Empty,
            static (api, _, token, ct) => api.ListAsync(token, null, ct),
            RyzeJsonContext.Default.ListEnvelope,
            answer => answer.Listed,
            cancellationToken);

    /// <summary>Lists the named instances; names that do not exist are left out.</summary>
    /// <param name="names">One or more instance names.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The instances whose names were asked for; the server's answer is filtered again, since it has been seen ignoring the filter.</returns>
    /// <exception cref="ArgumentException">The list is empty or holds an invalid name; nothing was sent.</exception>
    /// <exception cref="RyzeNotFoundException">A single name was asked for and it does not exist.</exception>
    /// <exception cref="RyzeApiException">The call failed.</exception>
    public virtual Task<IReadOnlyList<Instance>> ListAsync(IEnumerable<string> names, CancellationToken cancellationToken = default) =>
        ListNamedAsync(InstanceName.Join(names, nameof(names)), RyzeOperation.List, cancellationToken);

    /// <summary>Gets one instance by name: the cheapest way to poll its state after connecting.</summary>
    /// <param name="name">The instance name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The instance whose name matches exactly; never another one, even if the server ignores the filter.</returns>
    /// <exception cref="ArgumentException">The name is invalid; nothing was sent.</exception>
    /// <exception cref="RyzeNotFoundException">No instance has that name.</exception>
    /// <exception cref="RyzeApiException">The call failed.</exception>
    public virtual async Task<Instance> GetAsync(string name, CancellationToken cancellationToken = default)
    {
        InstanceName.Validate(name, nameof(name));
        return await LookUpAsync(name, RyzeOperation.List, cancellationToken).ConfigureAwait(false)
            ?? throw new RyzeNotFoundException(new RyzeErrorDetails
            {
                Method = "GET",
                Path = ListPath,
                StatusCode = HttpStatusCode.NotFound,
                ErrorMessage = "Instance not found",
                Reason = $"the list answer did not contain an instance named '{name}'",
            });
    }

    /// <summary>One instance by name, or <see langword="null"/> when the list answer does not hold it.</summary>
    private async Task<Instance?> LookUpAsync(string name, RyzeOperation operation, CancellationToken cancellationToken)
    {
        var listed = await ListNamedAsync(name, operation, cancellationToken).ConfigureAwait(false);
        return listed.Count > 0 ? listed[0] : null;
    }

    private async Task<IReadOnlyList<Instance>> ListNamedAsync(string filter, RyzeOperation operation, CancellationToken cancellationToken)
    {
        var wanted = filter.Split(',').ToHashSet(StringComparer.Ordinal);
        var listed = await Transport.SendWithAccountTokenAsync(
            operation,
            string.Empty,
            (api, _, token, ct) => api.ListAsync(token, filter, ct),
            RyzeJsonContext.Default.ListEnvelope,
            answer => answer.Listed,
            cancellationToken).ConfigureAwait(false);
        return listed.Where(instance => wanted.Contains(instance.Name)).ToList();
    }

    /// <summary>Deletes an instance for good (account token only): logs it out and wipes its configuration. Files already in S3 stay.</summary>
    /// <param name="name">The instance name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>
    /// A task that completes when RyzeAPI confirmed the deletion, or when a delete resent after an attempt that may have been
    /// processed (5xx, timeout, dropped connection) is answered 404: that attempt had removed the instance.
    /// </returns>
    /// <exception cref="ArgumentException">The name is invalid; nothing was sent.</exception>
    /// <exception cref="RyzeNotFoundException">No instance has that name (answered to the first attempt).</exception>
    /// <exception cref="RyzeApiException">The call failed.</exception>
    public virtual Task DeleteAsync(string name, CancellationToken cancellationToken = default)
    {
        InstanceName.Validate(name, nameof(name));
        return DeleteAsync(name, RyzeOperation.Delete, cancellationToken);
    }

    private Task<StatusEnvelope> DeleteAsync(string name, RyzeOperation operation, CancellationToken cancellationToken) =>
        Transport.SendWithAccountTokenAsync(
            operation,
            name,
            static (api, instance, token, ct) => api.DeleteAsync(instance, token, ct),
            RyzeJsonContext.Default.StatusEnvelope,
            answer => answer,
            cancellationToken);
}
