namespace RyzeApi.Client;

/// <summary>What happened in a group (<c>group.flow</c>).</summary>
public enum GroupFlowAction
{
    /// <summary>Absent or a value this version of the SDK does not know; <see cref="GroupFlowEvent.RawAction"/> has it.</summary>
    Unknown = 0,

    /// <summary>Participants joined or were added.</summary>
    Joined,

    /// <summary>Participants left or were removed.</summary>
    Left,

    /// <summary>Participants were made admins.</summary>
    Promoted,

    /// <summary>Participants stopped being admins.</summary>
    Demoted,

    /// <summary>The group's metadata changed (name, topic, announce mode, invite link…).</summary>
    MetadataChanged,
}
