namespace RyzeApi.Client;

/// <summary>What happened to a call (<c>call.update</c>).</summary>
public enum CallUpdateKind
{
    /// <summary>Absent or a value this version of the SDK does not know.</summary>
    Unknown = 0,

    /// <summary><c>offer</c>: an incoming call is ringing.</summary>
    Offer,

    /// <summary><c>accepted</c>: the call was answered.</summary>
    Accepted,

    /// <summary><c>rejected</c>: the call was declined.</summary>
    Rejected,

    /// <summary><c>terminated</c>: the call ended.</summary>
    Terminated,

    /// <summary><c>notification</c>: a call notification (e.g. a missed group call).</summary>
    Notification,

    /// <summary><c>latency</c>: a call quality report.</summary>
    Latency,
}
