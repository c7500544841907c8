namespace RyzeApi.Client.Testing;

/// <summary>The wire words of the SDK's event enums, as RyzeAPI's event vocabulary spells them (SPEC §3.3, §6).</summary>
internal static class EventWords
{
    public static string Of(InstanceState state) => state switch
    {
        InstanceState.QrReady => "qr_ready",
        InstanceState.PairSuccess => "pair_success",
        InstanceState.LoggedOut => "logged_out",
        InstanceState.TempBanned => "temp_banned",
        _ => state.ToString().ToLowerInvariant(),
    };

    public static string Of(MessageDeliveryStatus status) => status switch
    {
        MessageDeliveryStatus.ReadSelf => "read_self",
        MessageDeliveryStatus.PlayedSelf => "played_self",
        MessageDeliveryStatus.ServerError => "server_error",
        _ => status.ToString().ToLowerInvariant(),
    };

    public static string Of(GroupFlowAction action) => action switch
    {
        GroupFlowAction.MetadataChanged => "name",
        _ => action.ToString().ToLowerInvariant(),
    };
}
