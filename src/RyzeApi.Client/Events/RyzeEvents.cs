namespace RyzeApi.Client;

/// <summary>The event names RyzeAPI delivers to webhooks and WebSockets. An empty list means all of them.</summary>
public static class RyzeEvents
{
    /// <summary><c>message.exchange</c>: messages sent and received, edits and revocations.</summary>
    public const string MessageExchange = "message.exchange";

    /// <summary><c>message.status</c>: delivery and read receipts.</summary>
    public const string MessageStatus = "message.status";

    /// <summary><c>call.update</c>: call offers, answers, rejections and ends.</summary>
    public const string CallUpdate = "call.update";

    /// <summary><c>group.flow</c>: joins, leaves, promotions and group metadata changes.</summary>
    public const string GroupFlow = "group.flow";

    /// <summary><c>instance.state</c>: connection state changes of the instance.</summary>
    public const string InstanceState = "instance.state";

    /// <summary><c>label.update</c>: label changes.</summary>
    public const string LabelUpdate = "label.update";

    /// <summary>All six event types.</summary>
    public static IReadOnlyList<string> All { get; } =
        [MessageExchange, MessageStatus, CallUpdate, GroupFlow, InstanceState, LabelUpdate];
}
