using System.Text.Json;
using RyzeApi.Client.Serialization;
using static RyzeApi.Client.Serialization.EventFields;

namespace RyzeApi.Client;

/// <summary>
/// <c>message.status</c>: a delivery or read receipt. Receipts arrive out of order and more than once: keep the
/// status only when <see cref="Supersedes(MessageDeliveryStatus)"/> says so.
/// </summary>
public sealed record MessageStatusEvent : RyzeEvent
{
    private MessageStatusEvent(EventEnvelope envelope)
        : base(envelope)
    {
    }

    /// <summary>The message the receipt is for (the first of <see cref="MessageIds"/>).</summary>
    public string? MessageId => MessageIds.Count > 0 ? MessageIds[0] : null;

    /// <summary>Every message id the receipt covers (WhatsApp sends one receipt for several messages).</summary>
    public IReadOnlyList<string> MessageIds { get; init; } = [];

    /// <summary>The receipt's status.</summary>
    public MessageDeliveryStatus Status { get; init; }

    /// <summary>The status as sent, e.g. for a value this version of the SDK reads as <see cref="MessageDeliveryStatus.Unknown"/>.</summary>
    public string? RawStatus { get; init; }

    /// <summary>The chat's JID or number, when given.</summary>
    public string? ChatJid { get; init; }

    /// <summary>When the receipt was issued, when given.</summary>
    public DateTimeOffset? Timestamp { get; init; }

    /// <inheritdoc/>
    public override string? DeduplicationKey => KeyOf(MessageId, RawStatus);

    /// <summary>Whether this receipt moves the message past <paramref name="stored"/>; see <see cref="MessageDeliveryOrder"/>.</summary>
    /// <param name="stored">The status you hold for the message.</param>
    /// <returns><see langword="true"/> to store <see cref="Status"/>; <see langword="false"/> for a late or repeated receipt.</returns>
    public bool Supersedes(MessageDeliveryStatus stored) => MessageDeliveryOrder.Supersedes(Status, stored);

    // The payload's field names are not documented (SPEC §3.3 gives only the status values): each id and chat field
    // is read where the message.exchange payload or common gateways put it.
    internal static MessageStatusEvent Read(EventEnvelope envelope)
    {
        var data = envelope.Data;
        var ids = Texts(At(data, "messageIds")) is { Count: > 0 } many ? many : Texts(At(data, "ids"));
        if (ids.Count == 0 && (FirstText(data, "id", "messageId") ?? FirstText(At(data, "message"), "id")) is { } one)
        {
            ids = [one];
        }

        var status = FirstText(data, "status");
        var chat = At(data, "chat");
        return new MessageStatusEvent(envelope)
        {
            MessageIds = ids,
            Status = EventVocabulary.Statuses.FromWire(status),
            RawStatus = status,
            ChatJid = chat.ValueKind == JsonValueKind.Object ? FirstText(chat, "jid") : Text(chat) ?? FirstText(data, "jid", "chatJid", "from"),
            Timestamp = Timestamp(At(data, "timestamp")),
        };
    }
}
