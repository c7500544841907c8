namespace RyzeApi.Client;

/// <summary>
/// A delivery or read receipt (<c>message.status</c>'s <c>status</c>). Receipts arrive out of order: use
/// <see cref="MessageStatusEvent.Supersedes(MessageDeliveryStatus)"/> before overwriting a stored status.
/// </summary>
public enum MessageDeliveryStatus
{
    /// <summary>Absent or a value this version of the SDK does not know.</summary>
    Unknown = 0,

    /// <summary><c>delivered</c>: reached the recipient's phone.</summary>
    Delivered,

    /// <summary><c>read</c>: the recipient opened it.</summary>
    Read,

    /// <summary><c>played</c>: the recipient played the voice or video note.</summary>
    Played,

    /// <summary><c>sender</c>: delivered to the account's own other devices.</summary>
    Sender,

    /// <summary><c>read_self</c>: read on one of the account's own other devices.</summary>
    ReadSelf,

    /// <summary><c>played_self</c>: played on one of the account's own other devices.</summary>
    PlayedSelf,

    /// <summary><c>retry</c>: the recipient asked for the message again (it could not decrypt it).</summary>
    Retry,

    /// <summary><c>inactive</c>: the recipient's device is inactive.</summary>
    Inactive,

    /// <summary><c>server_error</c>: WhatsApp's server failed the message.</summary>
    ServerError,
}
