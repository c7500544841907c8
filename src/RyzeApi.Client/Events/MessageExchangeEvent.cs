using System.Text.Json;
using RyzeApi.Client.Serialization;
using static RyzeApi.Client.Serialization.EventFields;

namespace RyzeApi.Client;

/// <summary>
/// <c>message.exchange</c>: a message the instance sent or received, an edit (<see cref="IsEdit"/>) or a revocation
/// (<see cref="IsRevoked"/>). The docs show only the start of the payload: what they do not show is in <see cref="RyzeEvent.Data"/>.
/// </summary>
public sealed record MessageExchangeEvent : RyzeEvent
{
    private MessageExchangeEvent(EventEnvelope envelope)
        : base(envelope)
    {
    }

    /// <summary>WhatsApp's message id (<c>data.message.id</c>, else <c>data.id</c>).</summary>
    public string? MessageId { get; init; }

    /// <summary>Received or sent.</summary>
    public MessageDirection Direction { get; init; }

    /// <summary>When the message was sent, when given.</summary>
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>The chat, when given.</summary>
    public MessageChat? Chat { get; init; }

    /// <summary>The sender, when given.</summary>
    public MessageSender? Sender { get; init; }

    /// <summary>The text (<c>content.text</c>) or a media caption (<c>content.caption</c>), when there is one.</summary>
    public string? Text { get; init; }

    /// <summary>The message type as sent (<c>data.message.type</c>), e.g. <c>message_revoke</c>.</summary>
    public string? MessageType { get; init; }

    /// <summary>Whether this is an edit of an earlier message (<c>edit</c> is populated).</summary>
    public bool IsEdit { get; init; }

    /// <summary>Whether this revokes (deletes for everyone) an earlier message.</summary>
    public bool IsRevoked => MessageType == "message_revoke";

    /// <summary>The media, when the message carries any.</summary>
    public MessageMedia? Media { get; init; }

    /// <inheritdoc/>
    public override string? DeduplicationKey => KeyOf(MessageId);

    internal static MessageExchangeEvent Read(EventEnvelope envelope)
    {
        var message = At(envelope.Data, "message") is { ValueKind: JsonValueKind.Object } nested ? nested : envelope.Data;
        var content = At(message, "content");
        return new MessageExchangeEvent(envelope)
        {
            MessageId = FirstText(message, "id") ?? FirstText(envelope.Data, "id"),
            Direction = EventVocabulary.Directions.FromWire(FirstText(message, "direction")),
            Timestamp = Timestamp(At(message, "timestamp")),
            Chat = ReadChat(At(message, "chat")),
            Sender = ReadSender(At(message, "sender")),
            Text = FirstText(content, "text", "caption"),
            MessageType = FirstText(message, "type"),
            IsEdit = IsPopulated(At(message, "edit")) || IsPopulated(At(envelope.Data, "edit")),
            Media = ReadMedia(At(message, "media")),
        };
    }

    // "edits have `edit` populated" (SPEC §3.3): an empty string, false or null is not an edit.
    private static bool IsPopulated(JsonElement edit) =>
        edit.ValueKind is JsonValueKind.Object or JsonValueKind.Array or JsonValueKind.True || Text(edit) is { Length: > 0 };

    private static MessageChat? ReadChat(JsonElement chat) => chat.ValueKind switch
    {
        JsonValueKind.Object => new MessageChat
        {
            Jid = FirstText(chat, "jid"),
            Lid = FirstText(chat, "lid"),
            Name = FirstText(chat, "name"),
            Kind = EventVocabulary.Chats.FromWire(FirstText(chat, "type")),
            IsCommunity = Flag(At(chat, "isCommunity")) == true,
        },
        JsonValueKind.String => new MessageChat { Jid = chat.GetString() },
        _ => null,
    };

    private static MessageSender? ReadSender(JsonElement sender) => sender.ValueKind switch
    {
        JsonValueKind.Object => new MessageSender { Jid = FirstText(sender, "jid"), Lid = FirstText(sender, "lid"), Name = FirstText(sender, "name") },
        JsonValueKind.String => new MessageSender { Jid = sender.GetString() },
        _ => null,
    };

    private static MessageMedia? ReadMedia(JsonElement media) => media.ValueKind != JsonValueKind.Object ? null : new MessageMedia
    {
        Kind = EventVocabulary.Media.FromWire(FirstText(media, "type")),
        Url = LenientUriConverter.Parse(FirstText(media, "url")),
        S3Url = LenientUriConverter.Parse(FirstText(media, "s3Url")),
        Base64 = FirstText(media, "base64"),
        MimeType = FirstText(media, "mimetype", "mimeType"),
    };
}
