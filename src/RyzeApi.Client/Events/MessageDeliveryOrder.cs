namespace RyzeApi.Client;

/// <summary>
/// The order of delivery statuses, for receipts that arrive out of order: sent to own devices (<c>sender</c>) &lt;
/// <c>delivered</c> &lt; <c>read</c> (or <c>read_self</c>) &lt; <c>played</c> (or <c>played_self</c>). Failures
/// (<c>retry</c>, <c>inactive</c>, <c>server_error</c>) only replace an unknown status: a receipt of progress beats them.
/// </summary>
public static class MessageDeliveryOrder
{
    /// <summary>Whether <paramref name="incoming"/> should replace <paramref name="stored"/> (it is strictly further along).</summary>
    /// <param name="incoming">The status just received.</param>
    /// <param name="stored">The status you hold; <see cref="MessageDeliveryStatus.Unknown"/> when none.</param>
    /// <returns><see langword="true"/> when <paramref name="incoming"/> is further along; never for an equal or unknown status.</returns>
    public static bool Supersedes(MessageDeliveryStatus incoming, MessageDeliveryStatus stored) => Rank(incoming) > Rank(stored);

    /// <summary>How far along a status is; equal ranks never replace each other.</summary>
    /// <param name="status">A delivery status.</param>
    /// <returns>0 for unknown, 1 for failures, then 2 (sender) to 5 (played).</returns>
    public static int Rank(MessageDeliveryStatus status) => status switch
    {
        MessageDeliveryStatus.Retry or MessageDeliveryStatus.Inactive or MessageDeliveryStatus.ServerError => 1,
        MessageDeliveryStatus.Sender => 2,
        MessageDeliveryStatus.Delivered => 3,
        MessageDeliveryStatus.Read or MessageDeliveryStatus.ReadSelf => 4,
        MessageDeliveryStatus.Played or MessageDeliveryStatus.PlayedSelf => 5,
        _ => 0,
    };
}
