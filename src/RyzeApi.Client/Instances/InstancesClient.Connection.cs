using RyzeApi.Client.Http;
using RyzeApi.Client.Instances.Wire;
using RyzeApi.Client.Serialization;

namespace RyzeApi.Client;

public partial class InstancesClient
{
    /// <summary>
    /// Starts pairing: returns a QR code, or a pairing code when <see cref="ConnectOptions.PhoneNumber"/> is set. The server
    /// holds this call up to about a minute (<see cref="RyzeClientOptions.ConnectTimeout"/>) and it is never resent after
    /// anything but a 429 (which RyzeAPI did not process), because every call issues new credentials. Poll
    /// <see cref="GetAsync"/> until <see cref="InstanceState.Connected"/>.
    /// </summary>
    /// <param name="name">The instance name.</param>
    /// <param name="options">Pairing-code number and history days; <see langword="null"/> for a QR code.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The QR code (raw text, data URL and PNG), the pairing code, or <see cref="ConnectKind.AlreadyConnected"/>.</returns>
    /// <exception cref="ArgumentException">The name or options are invalid; nothing was sent.</exception>
    /// <exception cref="RyzeNotFoundException">No instance has that name.</exception>
    /// <exception cref="RyzeApiException">The call failed.</exception>
    public virtual Task<ConnectResult> ConnectAsync(string name, ConnectOptions? options = null, CancellationToken cancellationToken = default)
    {
        InstanceName.Validate(name, nameof(name));
        options?.Validate(nameof(options));
        return Transport.SendAsync(
            RyzeOperation.Connect,
            name,
            (api, _, token, ct) => api.ConnectAsync(name, token, options?.WireNumber, options?.HistoryDays, ct),
            RyzeJsonContext.Default.ConnectEnvelope,
            WireMapping.ToResult,
            cancellationToken);
    }

    /// <summary>Reconnects with the saved session, without a new QR code. Works only if the instance connected before and was not logged out.</summary>
    /// <param name="name">The instance name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the reconnect was initiated; poll <see cref="GetAsync"/> for <see cref="InstanceState.Connected"/>.</returns>
    /// <exception cref="ArgumentException">The name is invalid; nothing was sent.</exception>
    /// <exception cref="RyzeBadRequestException">There is no saved session (<c>Instance has no saved session ...</c>): connect instead.</exception>
    /// <exception cref="RyzeApiException">The call failed.</exception>
    public virtual Task ReconnectAsync(string name, CancellationToken cancellationToken = default)
    {
        InstanceName.Validate(name, nameof(name));
        return Transport.SendAsync(
            RyzeOperation.Reconnect,
            name,
            static (api, instance, token, ct) => api.ReconnectAsync(instance, token, ct),
            RyzeJsonContext.Default.StatusEnvelope,
            answer => answer,
            cancellationToken);
    }

    /// <summary>Unlinks the instance from WhatsApp but keeps it and its token; connect again for a new QR code.</summary>
    /// <param name="name">The instance name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when RyzeAPI confirmed the logout.</returns>
    /// <exception cref="ArgumentException">The name is invalid; nothing was sent.</exception>
    /// <exception cref="RyzeNotFoundException">No instance has that name.</exception>
    /// <exception cref="RyzeApiException">The call failed.</exception>
    public virtual Task LogoutAsync(string name, CancellationToken cancellationToken = default)
    {
        InstanceName.Validate(name, nameof(name));
        return Transport.SendAsync(
            RyzeOperation.Logout,
            name,
            static (api, instance, token, ct) => api.LogoutAsync(instance, token, ct),
            RyzeJsonContext.Default.StatusEnvelope,
            answer => answer,
            cancellationToken);
    }
}
