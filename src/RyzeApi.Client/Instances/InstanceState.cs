namespace RyzeApi.Client;

/// <summary>
/// The state of an instance's WhatsApp connection in one vocabulary, whichever RyzeAPI used: REST's <c>connection.state</c>
/// or <c>status</c> (<c>loggedout</c>, <c>qr</c>) and the <c>instance.state</c> event's <c>data.state</c> (<c>logged_out</c>, <c>qr_ready</c>).
/// </summary>
public enum InstanceState
{
    /// <summary>A value this version of the SDK does not know; read the raw JSON if you need it.</summary>
    Unknown = 0,

    /// <summary><c>disconnected</c>: created or dropped, not paired right now.</summary>
    Disconnected,

    /// <summary><c>connecting</c>: a QR code or pairing code was issued, or a reconnect is under way.</summary>
    Connecting,

    /// <summary><c>connected</c>: paired and online.</summary>
    Connected,

    /// <summary><c>loggedout</c> (REST) or <c>logged_out</c> (events): unlinked from the phone; connect again for a new QR code.</summary>
    LoggedOut,

    /// <summary><c>deleted</c>: removed by a delete call.</summary>
    Deleted,

    /// <summary><c>banned</c>: the account was banned by WhatsApp.</summary>
    Banned,

    /// <summary><c>qr_ready</c> (events) or <c>qr</c> (connect's status): a QR code is waiting to be scanned.</summary>
    QrReady,

    /// <summary><c>pair_success</c>: the phone scanned the code or entered the pairing code; <see cref="Connected"/> follows.</summary>
    PairSuccess,

    /// <summary><c>temp_banned</c>: WhatsApp banned the account for a while.</summary>
    TempBanned,
}
