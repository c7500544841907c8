using RyzeApi.Client.Testing.State;

namespace RyzeApi.Client.Testing.Pipeline;

/// <summary>Who is calling: the account (<see cref="Instance"/> null) or the owner of one instance token.</summary>
internal readonly record struct Caller(InstanceRecord? Instance)
{
    public bool IsAccount => Instance is null;
}
