namespace RyzeApi.Client.Testing;

/// <summary>A fault the fake applies to one matching request; see <see cref="FakeRyzeServer.FailNext"/>.</summary>
public sealed class FakeFault
{
    private FakeFault(int? statusCode, string? message, TimeSpan? delay, bool resetConnection, bool cutBody = false, TimeSpan? bodyStall = null)
    {
        StatusCode = statusCode;
        Message = message;
        Delay = delay;
        ResetConnection = resetConnection;
        CutBody = cutBody;
        BodyStall = bodyStall;
    }

    /// <summary>Gets the status code answered instead of the real response, if any.</summary>
    public int? StatusCode { get; }

    /// <summary>Gets the <c>error.message</c> of the answered error body, if set.</summary>
    public string? Message { get; }

    /// <summary>Gets the delay applied before the request is handled (or the error status answered), if any.</summary>
    public TimeSpan? Delay { get; }

    /// <summary>Gets whether the connection is aborted instead of answered.</summary>
    public bool ResetConnection { get; }

    /// <summary>Gets whether the request is handled but the connection drops after half of the answer's body.</summary>
    public bool CutBody { get; }

    /// <summary>Gets how long the answer stalls after half of its body (the request is handled first), if set.</summary>
    public TimeSpan? BodyStall { get; }

    /// <summary>Creates a fault that answers <paramref name="statusCode"/> with the documented error envelope.</summary>
    /// <param name="statusCode">The HTTP status code, for example 500 or 503.</param>
    /// <param name="message">The <c>error.message</c>; a documented-style text for the status when omitted.</param>
    /// <param name="delay">An optional wait (on the server's clock) before the error is answered, for slow failures.</param>
    /// <returns>The fault.</returns>
    public static FakeFault Status(int statusCode, string? message = null, TimeSpan? delay = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 100);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(statusCode, 599);
        return new(statusCode, message, delay, false);
    }

    /// <summary>Creates a fault that waits <paramref name="delay"/> (on the server's clock) and then answers normally.</summary>
    /// <param name="delay">How long to wait; an aborted request or a disposed server stops the wait.</param>
    /// <returns>The fault.</returns>
    public static FakeFault Delayed(TimeSpan delay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        return new(null, null, delay, false);
    }

    /// <summary>Creates a fault that aborts the connection without an answer.</summary>
    /// <returns>The fault.</returns>
    public static FakeFault ConnectionReset() => new(null, null, null, true);

    /// <summary>
    /// Creates a fault that handles the request (a create is stored), sends the headers with the full
    /// <c>Content-Length</c> and half of the body, then aborts the connection.
    /// </summary>
    /// <returns>The fault.</returns>
    public static FakeFault BodyCut() => new(null, null, null, false, cutBody: true);

    /// <summary>
    /// Creates a fault that handles the request, sends the headers and half of the body, waits <paramref name="stall"/>
    /// (on the server's clock; an aborted request or a disposed server stops the wait) and then sends the rest.
    /// </summary>
    /// <param name="stall">How long the body stalls half-way.</param>
    /// <returns>The fault.</returns>
    public static FakeFault SlowBody(TimeSpan stall)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(stall, TimeSpan.Zero);
        return new(null, null, null, false, bodyStall: stall);
    }

    /// <inheritdoc/>
    public override string ToString() =>
        ResetConnection ? "ConnectionReset" : CutBody ? "BodyCut" : BodyStall is { } stall ? $"SlowBody {stall}"
        : StatusCode is null ? $"Delay {Delay}" : $"Status {StatusCode} {Message} after {Delay ?? TimeSpan.Zero}";
}
