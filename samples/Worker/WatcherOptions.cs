namespace Worker;

/// <summary>Which instances to watch and how often.</summary>
public sealed class WatcherOptions
{
    public List<string> Instances { get; set; } = [];

    public int PollSeconds { get; set; } = 5;

    /// <summary>Create (and connect) watched instances that do not exist: only against the fake.</summary>
    public bool ProvisionMissing { get; set; }
}
