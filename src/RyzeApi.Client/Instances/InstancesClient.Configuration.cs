using RyzeApi.Client.Http;
using RyzeApi.Client.Instances.Wire;
using RyzeApi.Client.Serialization;

namespace RyzeApi.Client;

public partial class InstancesClient
{
    // Stands for "the update's answer carried no proxy" inside the one call, so the stored one is read back.
    private static readonly ProxyInfo ProxyNotInAnswer = new();

    /// <summary>Reads the seven behaviour settings.</summary>
    /// <param name="name">The instance name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The settings in force.</returns>
    /// <exception cref="ArgumentException">The name is invalid; nothing was sent.</exception>
    /// <exception cref="RyzeApiException">The call failed.</exception>
    public virtual Task<InstanceSettings> GetSettingsAsync(string name, CancellationToken cancellationToken = default)
    {
        InstanceName.Validate(name, nameof(name));
        return Transport.SendAsync(
            RyzeOperation.GetSettings,
            name,
            static (api, instance, token, ct) => api.GetSettingsAsync(instance, token, ct),
            RyzeJsonContext.Default.SettingsEnvelope,
            answer => answer.Settings,
            cancellationToken);
    }

    /// <summary>Changes the settings the patch sets; the others keep their value.</summary>
    /// <param name="name">The instance name.</param>
    /// <param name="patch">The settings to change; at least one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>All seven settings after the update.</returns>
    /// <exception cref="ArgumentException">The name is invalid or the patch is empty; nothing was sent.</exception>
    /// <exception cref="RyzeApiException">The call failed.</exception>
    public virtual Task<InstanceSettings> UpdateSettingsAsync(string name, InstanceSettingsPatch patch, CancellationToken cancellationToken = default)
    {
        InstanceName.Validate(name, nameof(name));
        ArgumentNullException.ThrowIfNull(patch);
        if (patch.IsEmpty)
        {
            throw new ArgumentException("The settings patch must set at least one field.", nameof(patch));
        }

        var body = WireMapping.ToBody(patch);
        return Transport.SendAsync(
            RyzeOperation.UpdateSettings,
            name,
            (api, _, token, ct) => api.UpdateSettingsAsync(name, token, body, ct),
            RyzeJsonContext.Default.SettingsEnvelope,
            answer => answer.Settings,
            cancellationToken);
    }

    /// <summary>Reads the instance's own proxy (never the deployment's global one); the password is never returned.</summary>
    /// <param name="name">The instance name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The proxy; <see cref="ProxyInfo.Enabled"/> is <see langword="false"/> when the instance has none.</returns>
    /// <exception cref="ArgumentException">The name is invalid; nothing was sent.</exception>
    /// <exception cref="RyzeApiException">The call failed.</exception>
    public virtual Task<ProxyInfo> GetProxyAsync(string name, CancellationToken cancellationToken = default)
    {
        InstanceName.Validate(name, nameof(name));
        return Transport.SendAsync(
            RyzeOperation.GetProxy,
            name,
            static (api, instance, token, ct) => api.GetProxyAsync(instance, token, ct),
            RyzeJsonContext.Default.ProxyEnvelope,
            answer => answer.Proxy,
            cancellationToken);
    }

    /// <summary>Sets or removes (<see cref="ProxyConfig.Disabled"/>) the instance's proxy; it takes effect on the next connect or reconnect.</summary>
    /// <param name="name">The instance name.</param>
    /// <param name="proxy">The proxy.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>
    /// The proxy as the server stored it (its password is never returned). The answer is not documented: when it carries no
    /// proxy, the stored one is read back with <see cref="GetProxyAsync"/>, never assumed from what was sent.
    /// </returns>
    /// <exception cref="ArgumentException">The name or proxy is invalid (e.g. a port outside 1..65535); nothing was sent.</exception>
    /// <exception cref="RyzeApiException">The call, or the read-back, failed.</exception>
    public virtual Task<ProxyInfo> UpdateProxyAsync(string name, ProxyConfig proxy, CancellationToken cancellationToken = default)
    {
        InstanceName.Validate(name, nameof(name));
        ArgumentNullException.ThrowIfNull(proxy);
        proxy.Validate(nameof(proxy));
        return UpdateProxyCoreAsync(name, WireMapping.ToBody(proxy), cancellationToken);
    }

    private async Task<ProxyInfo> UpdateProxyCoreAsync(string name, ProxyBody body, CancellationToken cancellationToken)
    {
        var stored = await Transport.SendAsync(
            RyzeOperation.UpdateProxy,
            name,
            (api, _, token, ct) => api.UpdateProxyAsync(name, token, body, ct),
            RyzeJsonContext.Default.ProxyEnvelope,
            static answer => answer.Proxy ?? ProxyNotInAnswer,
            cancellationToken).ConfigureAwait(false);
        return ReferenceEquals(stored, ProxyNotInAnswer) ? await GetProxyAsync(name, cancellationToken).ConfigureAwait(false) : stored;
    }

    /// <summary>Reads the S3 media storage; the secret key is never returned.</summary>
    /// <param name="name">The instance name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The S3 configuration.</returns>
    /// <exception cref="ArgumentException">The name is invalid; nothing was sent.</exception>
    /// <exception cref="RyzeApiException">The call failed.</exception>
    public virtual Task<S3Info> GetS3Async(string name, CancellationToken cancellationToken = default)
    {
        InstanceName.Validate(name, nameof(name));
        return Transport.SendAsync(
            RyzeOperation.GetS3,
            name,
            static (api, instance, token, ct) => api.GetS3Async(instance, token, ct),
            RyzeJsonContext.Default.S3Envelope,
            answer => answer.S3,
            cancellationToken);
    }

    /// <summary>Sets S3 media storage, or turns it off and deletes the credentials (<see cref="S3Config.Disabled"/>).</summary>
    /// <param name="name">The instance name.</param>
    /// <param name="s3">The S3 configuration; re-enabling needs every field again.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The S3 configuration as stored, without the secret key.</returns>
    /// <exception cref="ArgumentException">The name or configuration is invalid; nothing was sent.</exception>
    /// <exception cref="RyzeApiException">The call failed.</exception>
    public virtual Task<S3Info> UpdateS3Async(string name, S3Config s3, CancellationToken cancellationToken = default)
    {
        InstanceName.Validate(name, nameof(name));
        ArgumentNullException.ThrowIfNull(s3);
        s3.Validate(nameof(s3));
        var body = WireMapping.ToBody(s3);
        return Transport.SendAsync(
            RyzeOperation.UpdateS3,
            name,
            (api, _, token, ct) => api.UpdateS3Async(name, token, body, ct),
            RyzeJsonContext.Default.S3Envelope,
            answer => answer.S3,
            cancellationToken);
    }

    /// <summary>Reads message metrics of one instance. RyzeAPI computes them on every call: cache them for dashboards.</summary>
    /// <param name="name">The instance name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The metrics.</returns>
    /// <exception cref="ArgumentException">The name is invalid; nothing was sent.</exception>
    /// <exception cref="RyzeApiException">The call failed.</exception>
    public virtual Task<InstanceMetrics> GetMetricsAsync(string name, CancellationToken cancellationToken = default)
    {
        InstanceName.Validate(name, nameof(name)); // so that the error names this method's parameter
        return GetMetricsAsync([name], cancellationToken);
    }

    /// <summary>Reads message metrics summed over several instances (timestamps give the first and last message).</summary>
    /// <param name="names">One or more instance names.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The consolidated metrics.</returns>
    /// <exception cref="ArgumentException">The list is empty or holds an invalid name; nothing was sent.</exception>
    /// <exception cref="RyzeNotFoundException">One of the instances does not exist.</exception>
    /// <exception cref="RyzeApiException">The call failed.</exception>
    public virtual Task<InstanceMetrics> GetMetricsAsync(IEnumerable<string> names, CancellationToken cancellationToken = default)
    {
        var joined = InstanceName.Join(names, nameof(names));
        var path = string.Join(',', joined.Split(',').Select(Uri.EscapeDataString));
        Func<IRyzeApi, string, string, CancellationToken, Task<HttpResponseMessage>> call = (api, _, token, ct) => api.GetMetricsAsync(path, token, ct);
        // One instance may use its own token; a consolidated read spans instances, so it takes the account token.
        return joined.Contains(',', StringComparison.Ordinal)
            ? Transport.SendWithAccountTokenAsync(RyzeOperation.Metrics, joined, call, RyzeJsonContext.Default.MetricsEnvelope, answer => answer.Metrics, cancellationToken)
            : Transport.SendAsync(RyzeOperation.Metrics, joined, call, RyzeJsonContext.Default.MetricsEnvelope, answer => answer.Metrics, cancellationToken);
    }
}
