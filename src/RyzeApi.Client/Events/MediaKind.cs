namespace RyzeApi.Client;

/// <summary>The kind of media attached to a message (<c>media.type</c>).</summary>
public enum MediaKind
{
    /// <summary>Absent or a value this version of the SDK does not know.</summary>
    Unknown = 0,

    /// <summary><c>image</c>.</summary>
    Image,

    /// <summary><c>video</c>.</summary>
    Video,

    /// <summary><c>audio</c>: an audio file.</summary>
    Audio,

    /// <summary><c>document</c>.</summary>
    Document,

    /// <summary><c>sticker</c>.</summary>
    Sticker,

    /// <summary><c>ptt</c>: a voice note (push to talk).</summary>
    VoiceNote,

    /// <summary><c>ptv</c>: a round video note.</summary>
    VideoNote,
}
