namespace RyzeApi.Client.AspNetCore.Deduplication;

/// <summary>How long a claim whose handlers are still running blocks redeliveries.</summary>
internal static class ClaimLifetime
{
    // A process that dies mid-handler never releases its claim: after this, a redelivery is handled again.
    private static readonly TimeSpan InProgress = TimeSpan.FromMinutes(2);

    public static TimeSpan Of(TimeSpan window) => window < InProgress ? window : InProgress;
}
