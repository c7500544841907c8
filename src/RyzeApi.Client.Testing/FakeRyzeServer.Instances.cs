using RyzeApi.Client.Testing.State;

namespace RyzeApi.Client.Testing;

/// <content>State inspection and simulation of what a phone would do.</content>
public sealed partial class FakeRyzeServer
{
    /// <summary>Gets a snapshot of the instances the fake holds, oldest first.</summary>
    public IReadOnlyList<FakeInstance> Instances
    {
        get
        {
            lock (_fake.Store.Gate)
            {
                return _fake.Store.All().Select(Snapshot).ToArray();
            }
        }
    }

    /// <summary>Completes pairing as if the user had scanned the QR code or typed the pairing code: the instance becomes connected.</summary>
    /// <param name="instanceName">The instance name (case-sensitive).</param>
    /// <param name="phoneNumber">The phone number whose JID the instance gets.</param>
    /// <exception cref="InvalidOperationException">No instance has that name.</exception>
    public void SimulatePairing(string instanceName, string phoneNumber = "5511999999999")
    {
        ArgumentNullException.ThrowIfNull(instanceName);
        lock (_fake.Store.Gate)
        {
            _fake.Store.Pair(Find(instanceName), phoneNumber);
        }
    }

    /// <summary>Sets the message metrics that <c>GET /api/instance/metrics/:instance</c> reports for an instance.</summary>
    /// <param name="instanceName">The instance name (case-sensitive).</param>
    /// <param name="metrics">The metrics.</param>
    /// <exception cref="InvalidOperationException">No instance has that name.</exception>
    public void SeedMetrics(string instanceName, FakeMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(instanceName);
        ArgumentNullException.ThrowIfNull(metrics);
        lock (_fake.Store.Gate)
        {
            Find(instanceName).Metrics = metrics;
        }
    }

    private InstanceRecord Find(string name) =>
        _fake.Store.Find(name) ?? throw new InvalidOperationException($"The fake holds no instance named '{name}'.");

    private static FakeInstance Snapshot(InstanceRecord r) => new()
    {
        Id = r.Id,
        Name = r.Name,
        Token = r.Token,
        State = r.State,
        NumberJid = r.NumberJid,
        HasSavedSession = r.HasSavedSession,
        ProxyEnabled = r.Proxy.Enabled,
        ProxyPassword = r.Proxy.Password,
        S3Enabled = r.S3.Enabled,
        S3SecretKey = r.S3.SecretKey,
        ChatwootApiToken = r.Chatwoot.ApiToken,
        WebhookAuthorization = r.Webhook.Authorization,
        Settings = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["autoRejectCalls"] = r.Settings.AutoRejectCalls,
            ["callRejectMessage"] = r.Settings.CallRejectMessage,
            ["ignoreGroupMessages"] = r.Settings.IgnoreGroupMessages,
            ["keepOnlineStatus"] = r.Settings.KeepOnlineStatus,
            ["autoReadMessages"] = r.Settings.AutoReadMessages,
            ["disableHistorySync"] = r.Settings.DisableHistorySync,
            ["ignoreStatus"] = r.Settings.IgnoreStatus,
        },
        CreatedAt = r.CreatedAt,
    };
}
