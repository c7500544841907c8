namespace RyzeApi.Client.AspNetCore;

/// <summary>How an event reached the handlers.</summary>
/// <param name="Transport">The webhook endpoint or the WebSocket stream.</param>
/// <param name="InstanceName">The instance the event is about; <see langword="null"/> when the event does not say.</param>
/// <param name="IsRedelivery">
/// Whether an earlier delivery of this same event reached the handlers and one of them threw, so some of its work may
/// already be done.
/// </param>
public sealed record RyzeEventContext(RyzeEventTransport Transport, string? InstanceName, bool IsRedelivery);
