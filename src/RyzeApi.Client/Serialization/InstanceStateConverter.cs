namespace RyzeApi.Client.Serialization;

/// <summary>
/// Both vocabularies (SPEC §5, §6): REST spells <c>loggedout</c> and <c>qr</c>, the <c>instance.state</c> event
/// <c>logged_out</c> and <c>qr_ready</c>. <c>banned</c> is in the overview's state table though not in the list page's.
/// </summary>
internal sealed class InstanceStateConverter() : TolerantEnumConverter<InstanceState>(
    ("disconnected", InstanceState.Disconnected),
    ("connecting", InstanceState.Connecting),
    ("connected", InstanceState.Connected),
    ("loggedout", InstanceState.LoggedOut),
    ("logged_out", InstanceState.LoggedOut),
    ("deleted", InstanceState.Deleted),
    ("banned", InstanceState.Banned),
    ("qr_ready", InstanceState.QrReady),
    ("qr", InstanceState.QrReady),
    ("pair_success", InstanceState.PairSuccess),
    ("temp_banned", InstanceState.TempBanned))
{
    public static readonly InstanceStateConverter Instance = new();
}
