namespace RyzeApi.Client;

/// <summary>The outcome of the Chatwoot block of a create call.</summary>
public enum ChatwootStatus
{
    /// <summary>A value this version of the SDK does not know, or none was given.</summary>
    Unknown = 0,

    /// <summary><c>active</c>: the Chatwoot integration is running.</summary>
    Active,

    /// <summary><c>error</c>: the instance was created but Chatwoot was not; see <see cref="ChatwootInfo.Error"/>.</summary>
    Error,
}
