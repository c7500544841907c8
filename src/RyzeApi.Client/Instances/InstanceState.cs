namespace RyzeApi.Client;

/// <summary>The state of an instance's WhatsApp connection, as RyzeAPI reports it (<c>connection.state</c> or <c>status</c>).</summary>
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

    /// <summary><c>loggedout</c>: unlinked from the phone; connect again for a new QR code.</summary>
    LoggedOut,

    /// <summary><c>deleted</c>: removed by a delete call.</summary>
    Deleted,

    /// <summary><c>banned</c>: the account was banned by WhatsApp (the events' <c>temp_banned</c> reads as this too).</summary>
    Banned,
}
