using System.Globalization;
using System.Text.Json.Nodes;

namespace RyzeApi.Client.Testing;

/// <summary>
/// Builds realistic typed events for unit tests, through the same envelope JSON and parser as real deliveries, so
/// <see cref="RyzeEvent.RawJson"/> and <see cref="RyzeEvent.Data"/> are what RyzeAPI would send. Hand them to your
/// handlers directly, or to <see cref="FakeRyzeServer.EmitAsync(string, RyzeEvent, CancellationToken)"/>.
/// </summary>
public static class RyzeEventFactory
{
    /// <summary>The instance token written into events when none is given.</summary>
    public const string DefaultInstanceToken = "fake-instance-token";

    /// <summary>Builds a text message the instance received in a private chat.</summary>
    /// <param name="instanceName">The instance.</param>
    /// <param name="text">The message text.</param>
    /// <param name="from">The sender's number.</param>
    /// <param name="messageId">The message id; a new one when <see langword="null"/>.</param>
    /// <param name="instanceToken">The token in <c>instanceData</c>.</param>
    /// <returns>The event.</returns>
    public static MessageExchangeEvent MessageReceived(string instanceName, string text, string from = "5511999999999", string? messageId = null, string instanceToken = DefaultInstanceToken) =>
        Message(instanceName, "incoming", text, from, messageId, instanceToken);

    /// <summary>Builds a text message the instance sent to a private chat.</summary>
    /// <param name="instanceName">The instance.</param>
    /// <param name="text">The message text.</param>
    /// <param name="to">The recipient's number.</param>
    /// <param name="messageId">The message id; a new one when <see langword="null"/>.</param>
    /// <param name="instanceToken">The token in <c>instanceData</c>.</param>
    /// <returns>The event.</returns>
    public static MessageExchangeEvent MessageSent(string instanceName, string text, string to = "5511999999999", string? messageId = null, string instanceToken = DefaultInstanceToken) =>
        Message(instanceName, "outgoing", text, to, messageId, instanceToken);

    /// <summary>Builds a delivery or read receipt.</summary>
    /// <param name="instanceName">The instance.</param>
    /// <param name="messageId">The message the receipt is for.</param>
    /// <param name="status">The receipt's status (not <see cref="MessageDeliveryStatus.Unknown"/>).</param>
    /// <param name="instanceToken">The token in <c>instanceData</c>.</param>
    /// <returns>The event.</returns>
    public static MessageStatusEvent MessageStatus(string instanceName, string messageId, MessageDeliveryStatus status, string instanceToken = DefaultInstanceToken) =>
        Build<MessageStatusEvent>(instanceName, RyzeEvents.MessageStatus, instanceToken, new JsonObject
        {
            ["id"] = messageId, ["status"] = EventWords.Of(status), ["chat"] = new JsonObject { ["jid"] = "5511999999999" }, ["timestamp"] = Now(),
        });

    /// <summary>Builds an <c>instance.state</c> event, in the event vocabulary (<c>qr_ready</c>, <c>logged_out</c>…).</summary>
    /// <param name="instanceName">The instance.</param>
    /// <param name="state">The new state.</param>
    /// <param name="instanceToken">The token in <c>instanceData</c>.</param>
    /// <returns>The event.</returns>
    public static InstanceStateEvent InstanceState(string instanceName, InstanceState state, string instanceToken = DefaultInstanceToken) =>
        Build<InstanceStateEvent>(instanceName, RyzeEvents.InstanceState, instanceToken, new JsonObject { ["state"] = EventWords.Of(state), ["timestamp"] = Now() });

    /// <summary>Builds a <c>call.update</c> event.</summary>
    /// <param name="instanceName">The instance.</param>
    /// <param name="kind">What happened to the call.</param>
    /// <param name="from">The caller's number.</param>
    /// <param name="instanceToken">The token in <c>instanceData</c>.</param>
    /// <returns>The event.</returns>
    public static CallUpdateEvent CallUpdate(string instanceName, CallUpdateKind kind, string from = "5511999999999", string instanceToken = DefaultInstanceToken) =>
        Build<CallUpdateEvent>(instanceName, RyzeEvents.CallUpdate, instanceToken, new JsonObject
        {
            ["id"] = NewId("CALL"), ["type"] = kind.ToString().ToLowerInvariant(), ["from"] = from, ["isVideo"] = false, ["timestamp"] = Now(),
        });

    /// <summary>Builds a <c>group.flow</c> event.</summary>
    /// <param name="instanceName">The instance.</param>
    /// <param name="groupJid">The group, e.g. <c>120363000000000000@g.us</c>.</param>
    /// <param name="action">What happened.</param>
    /// <param name="participants">The participants concerned.</param>
    /// <returns>The event (with <see cref="DefaultInstanceToken"/>).</returns>
    public static GroupFlowEvent GroupFlow(string instanceName, string groupJid, GroupFlowAction action, params string[] participants) =>
        Build<GroupFlowEvent>(instanceName, RyzeEvents.GroupFlow, DefaultInstanceToken, new JsonObject
        {
            ["jid"] = groupJid, ["action"] = EventWords.Of(action), ["participants"] = new JsonArray([.. participants.Select(p => (JsonNode)p)]), ["timestamp"] = Now(),
        });

    /// <summary>Builds a <c>label.update</c> event (its payload is not documented: <c>id</c>, <c>name</c>, <c>action</c>).</summary>
    /// <param name="instanceName">The instance.</param>
    /// <param name="labelId">The label's id.</param>
    /// <param name="name">The label's name.</param>
    /// <param name="action">What happened, e.g. <c>add</c>.</param>
    /// <returns>The event (with <see cref="DefaultInstanceToken"/>).</returns>
    public static LabelUpdateEvent LabelUpdate(string instanceName, string labelId, string name, string action = "add") =>
        Build<LabelUpdateEvent>(instanceName, RyzeEvents.LabelUpdate, DefaultInstanceToken, new JsonObject { ["id"] = labelId, ["name"] = name, ["action"] = action });

    private static MessageExchangeEvent Message(string instanceName, string direction, string text, string peer, string? messageId, string instanceToken)
    {
        var id = messageId ?? NewId("3EB0");
        return Build<MessageExchangeEvent>(instanceName, RyzeEvents.MessageExchange, instanceToken, new JsonObject
        {
            ["id"] = id,
            ["message"] = new JsonObject
            {
                ["id"] = id,
                ["direction"] = direction,
                ["timestamp"] = Now(),
                ["chat"] = new JsonObject { ["jid"] = peer, ["name"] = "Contact " + peer, ["type"] = "private" },
                ["sender"] = new JsonObject { ["jid"] = direction == "incoming" ? peer : "5500000000000", ["name"] = "Contact " + peer },
                ["content"] = new JsonObject { ["text"] = text },
            },
        });
    }

    private static TEvent Build<TEvent>(string instanceName, string eventName, string instanceToken, JsonObject data)
        where TEvent : RyzeEvent
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(instanceName);
        var envelope = new JsonObject
        {
            ["event"] = eventName,
            ["data"] = data,
            ["instanceData"] = new JsonObject { ["baseUrl"] = "http://127.0.0.1", ["instance"] = instanceName, ["token"] = instanceToken },
        };
        return (TEvent)RyzeEventParser.Parse(envelope.ToJsonString());
    }

    private static string NewId(string prefix) => prefix + Guid.NewGuid().ToString("N")[..16].ToUpperInvariant();

    private static string Now() => DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
