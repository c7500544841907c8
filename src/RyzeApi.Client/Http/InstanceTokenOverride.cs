namespace RyzeApi.Client.Http;

/// <summary>One instance's token, set by <see cref="RyzeClient.ForInstance"/>; other names go to the token set by an earlier ForInstance, if any.</summary>
internal sealed class InstanceTokenOverride(string instance, string token, IInstanceTokenProvider? fallback) : IInstanceTokenProvider
{
    public ValueTask<string?> GetTokenAsync(string instanceName, CancellationToken cancellationToken = default) =>
        string.Equals(instanceName, instance, StringComparison.Ordinal)
            ? new ValueTask<string?>(token)
            : fallback?.GetTokenAsync(instanceName, cancellationToken) ?? new ValueTask<string?>((string?)null);
}
