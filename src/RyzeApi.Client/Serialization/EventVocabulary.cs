namespace RyzeApi.Client.Serialization;

/// <summary>
/// The event payloads' enum vocabularies (SPEC §3.3). The docs list the values but not every payload's field names: the
/// group actions are read in past tense (as documented) and as bare verbs, and every metadata change as one action.
/// </summary>
internal static class EventVocabulary
{
    public static readonly TolerantEnumConverter<MessageDirection> Directions = new Table<MessageDirection>(
        ("incoming", MessageDirection.Incoming), ("outgoing", MessageDirection.Outgoing));

    public static readonly TolerantEnumConverter<ChatKind> Chats = new Table<ChatKind>(
        ("private", ChatKind.Private), ("group", ChatKind.Group), ("newsletter", ChatKind.Newsletter));

    public static readonly TolerantEnumConverter<MediaKind> Media = new Table<MediaKind>(
        ("image", MediaKind.Image), ("video", MediaKind.Video), ("audio", MediaKind.Audio), ("document", MediaKind.Document),
        ("sticker", MediaKind.Sticker), ("ptt", MediaKind.VoiceNote), ("ptv", MediaKind.VideoNote));

    public static readonly TolerantEnumConverter<MessageDeliveryStatus> Statuses = new Table<MessageDeliveryStatus>(
        ("delivered", MessageDeliveryStatus.Delivered), ("read", MessageDeliveryStatus.Read), ("played", MessageDeliveryStatus.Played),
        ("sender", MessageDeliveryStatus.Sender), ("read_self", MessageDeliveryStatus.ReadSelf), ("played_self", MessageDeliveryStatus.PlayedSelf),
        ("retry", MessageDeliveryStatus.Retry), ("inactive", MessageDeliveryStatus.Inactive), ("server_error", MessageDeliveryStatus.ServerError));

    public static readonly TolerantEnumConverter<CallUpdateKind> Calls = new Table<CallUpdateKind>(
        ("offer", CallUpdateKind.Offer), ("accepted", CallUpdateKind.Accepted), ("rejected", CallUpdateKind.Rejected),
        ("terminated", CallUpdateKind.Terminated), ("notification", CallUpdateKind.Notification), ("latency", CallUpdateKind.Latency));

    public static readonly TolerantEnumConverter<GroupFlowAction> GroupActions = new Table<GroupFlowAction>(
        ("joined", GroupFlowAction.Joined), ("join", GroupFlowAction.Joined), ("add", GroupFlowAction.Joined),
        ("left", GroupFlowAction.Left), ("leave", GroupFlowAction.Left), ("remove", GroupFlowAction.Left),
        ("promoted", GroupFlowAction.Promoted), ("promote", GroupFlowAction.Promoted),
        ("demoted", GroupFlowAction.Demoted), ("demote", GroupFlowAction.Demoted),
        ("name", GroupFlowAction.MetadataChanged), ("topic", GroupFlowAction.MetadataChanged), ("announce", GroupFlowAction.MetadataChanged),
        ("link", GroupFlowAction.MetadataChanged), ("restrict", GroupFlowAction.MetadataChanged), ("ephemeral", GroupFlowAction.MetadataChanged));

    private sealed class Table<TEnum>(params (string Wire, TEnum Value)[] names) : TolerantEnumConverter<TEnum>(names)
        where TEnum : struct, Enum;
}
