namespace RyzeApi.Client;

/// <summary>What a fleet plan does to one instance.</summary>
public enum FleetAction
{
    /// <summary>Not set.</summary>
    Unknown = 0,

    /// <summary>The instance already matches the spec: nothing is sent.</summary>
    NoChange,

    /// <summary>The instance does not exist: it is created with its blocks inline.</summary>
    Create,

    /// <summary>The instance exists and some blocks differ: each is written with one request.</summary>
    Update,

    /// <summary>The instance is not in a spec that prunes: it is deleted.</summary>
    Delete,
}
