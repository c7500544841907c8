namespace RyzeApi.Client.Testing.State;

/// <summary>The REST spellings of the connection states.</summary>
internal static class InstanceStates
{
    public const string Disconnected = "disconnected";
    public const string Connecting = "connecting";
    public const string Connected = "connected";
    public const string LoggedOut = "loggedout";
}
