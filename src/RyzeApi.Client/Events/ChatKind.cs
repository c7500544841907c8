namespace RyzeApi.Client;

/// <summary>The kind of chat a message belongs to (<c>chat.type</c>).</summary>
public enum ChatKind
{
    /// <summary>Absent or a value this version of the SDK does not know.</summary>
    Unknown = 0,

    /// <summary><c>private</c>: a one-to-one chat.</summary>
    Private,

    /// <summary><c>group</c>: a group chat.</summary>
    Group,

    /// <summary><c>newsletter</c>: a WhatsApp channel.</summary>
    Newsletter,
}
