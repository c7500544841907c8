namespace RyzeApi.Client.Tests.Reliability.Fuzz;

/// <summary>Every public operation of the SDK, each called once against whatever the handler answers.</summary>
public static class FuzzOperations
{
    public static readonly (string Name, Func<InstancesClient, Task> Call)[] All =
    [
        ("Create", c => c.CreateAsync(new CreateInstanceRequest { Name = "fuzz" })),
        ("List", c => c.ListAsync()),
        ("ListByNames", c => c.ListAsync(["fuzz", "other"])),
        ("Get", c => c.GetAsync("fuzz")),
        ("Delete", c => c.DeleteAsync("fuzz")),
        ("ConnectQr", c => c.ConnectAsync("fuzz")),
        ("ConnectPairing", c => c.ConnectAsync("fuzz", new ConnectOptions { PhoneNumber = "5511999999999", HistoryDays = 7 })),
        ("Reconnect", c => c.ReconnectAsync("fuzz")),
        ("Logout", c => c.LogoutAsync("fuzz")),
        ("GetSettings", c => c.GetSettingsAsync("fuzz")),
        ("UpdateSettings", c => c.UpdateSettingsAsync("fuzz", new InstanceSettingsPatch { AutoRejectCalls = true })),
        ("GetProxy", c => c.GetProxyAsync("fuzz")),
        ("UpdateProxy", c => c.UpdateProxyAsync("fuzz", new ProxyConfig { Host = "proxy.local", Port = 8080, Password = "pw" })),
        ("GetS3", c => c.GetS3Async("fuzz")),
        ("UpdateS3", c => c.UpdateS3Async("fuzz", new S3Config { Region = "r", Bucket = "b", AccessKey = "a", SecretKey = "s" })),
        ("GetMetrics", c => c.GetMetricsAsync("fuzz")),
        ("GetMetricsOfMany", c => c.GetMetricsAsync(["fuzz", "other"])),
        ("Ensure", c => c.EnsureAsync(new CreateInstanceRequest { Name = "fuzz" })),
    ];

    public static readonly string[] Names = All.Select(o => o.Name).ToArray();
}
