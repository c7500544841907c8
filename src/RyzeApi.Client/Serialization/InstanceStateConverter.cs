namespace RyzeApi.Client.Serialization;

/// <summary>REST spells <c>loggedout</c>; the event vocabulary's <c>logged_out</c> is read too (SPEC §5).</summary>
internal sealed class InstanceStateConverter() : TolerantEnumConverter<InstanceState>(
    ("disconnected", InstanceState.Disconnected),
    ("connecting", InstanceState.Connecting),
    ("connected", InstanceState.Connected),
    ("loggedout", InstanceState.LoggedOut),
    ("logged_out", InstanceState.LoggedOut),
    ("deleted", InstanceState.Deleted));
