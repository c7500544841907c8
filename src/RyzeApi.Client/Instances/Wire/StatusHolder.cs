namespace RyzeApi.Client.Instances.Wire;

/// <summary>The <c>instance</c> object of logout and delete answers.</summary>
internal sealed record StatusHolder
{
    public InstanceState Status { get; init; }
}
