namespace RyzeApi.Client.Serialization;

/// <summary>
/// REST spells <c>loggedout</c>; the event vocabulary's <c>logged_out</c> is read too (SPEC §5). <c>banned</c> is in the
/// overview's state table though not in the list page's; the events' <c>temp_banned</c> is read as banned as well.
/// </summary>
internal sealed class InstanceStateConverter() : TolerantEnumConverter<InstanceState>(
    ("disconnected", InstanceState.Disconnected),
    ("connecting", InstanceState.Connecting),
    ("connected", InstanceState.Connected),
    ("loggedout", InstanceState.LoggedOut),
    ("logged_out", InstanceState.LoggedOut),
    ("deleted", InstanceState.Deleted),
    ("banned", InstanceState.Banned),
    ("temp_banned", InstanceState.Banned));
