namespace RyzeApi.Client.Benchmarks.Peer;

/// <summary>An instance's behaviour settings.</summary>
public sealed record PeerSettings(
    bool AutoRejectCalls, string? CallRejectMessage, bool IgnoreGroupMessages, bool KeepOnlineStatus, bool AutoReadMessages, bool DisableHistorySync, bool IgnoreStatus);
