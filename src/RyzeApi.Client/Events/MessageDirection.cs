namespace RyzeApi.Client;

/// <summary>Whether a <c>message.exchange</c> event is a message the instance received or sent.</summary>
public enum MessageDirection
{
    /// <summary>Absent or a value this version of the SDK does not know.</summary>
    Unknown = 0,

    /// <summary><c>incoming</c>: received by the instance.</summary>
    Incoming,

    /// <summary><c>outgoing</c>: sent by the instance (through the API or from the phone).</summary>
    Outgoing,
}
