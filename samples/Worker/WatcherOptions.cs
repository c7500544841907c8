namespace Worker;

/// <summary>Which instances to watch.</summary>
public sealed class WatcherOptions
{
    public List<string> Instances { get; set; } = [];

    /// <summary>Create (and connect) watched instances that do not exist: only against the fake.</summary>
    public bool ProvisionMissing { get; set; }
}
