namespace RyzeApi.Client.Serialization;

/// <summary>Maps <c>active</c> and <c>error</c>.</summary>
internal sealed class ChatwootStatusConverter() : TolerantEnumConverter<ChatwootStatus>(
    ("active", ChatwootStatus.Active),
    ("error", ChatwootStatus.Error));
