using System.CommandLine;

namespace RyzeApi.Cli;

/// <summary><c>ryze instance settings|proxy|s3 get|set</c>: typed flags mirroring the SDK records; secrets only from stdin or the environment.</summary>
internal static class InstanceConfigCommands
{
    public static IEnumerable<Command> Build(CommandFactory commands)
    {
        yield return Settings(commands);
        yield return Proxy(commands);
        yield return S3(commands);
    }

    private static Command Settings(CommandFactory commands)
    {
        var name = InstanceCommands.NameArgument();
        Option<bool?> Flag(string flag, string description) => new(flag) { Description = description };
        var rejectCalls = Flag("--auto-reject-calls", "Reject incoming calls (true|false).");
        var rejectMessage = new Option<string?>("--call-reject-message") { Description = "The message sent when a call is rejected." };
        var ignoreGroups = Flag("--ignore-group-messages", "Ignore group messages (true|false).");
        var keepOnline = Flag("--keep-online-status", "Show the number as always online (true|false).");
        var autoRead = Flag("--auto-read-messages", "Mark incoming messages as read (true|false).");
        var noHistory = Flag("--disable-history-sync", "Skip the history sync when pairing (true|false).");
        var ignoreStatus = Flag("--ignore-status", "Ignore status updates (true|false).");
        return CommandFactory.Group(
            "settings",
            "Read or change the instance's behaviour settings.",
            commands.Create("get", "Show the settings.", async (run, ct) =>
            {
                run.Printer.Object(await run.CreateClient().Instances.GetSettingsAsync(run.Value(name), ct), CliJsonContext.Default.InstanceSettings);
                return ExitCodes.Success;
            }, name),
            commands.Create("set", "Change only the settings given.", async (run, ct) =>
            {
                var patch = new InstanceSettingsPatch
                {
                    AutoRejectCalls = run.Value(rejectCalls),
                    CallRejectMessage = run.Value(rejectMessage),
                    IgnoreGroupMessages = run.Value(ignoreGroups),
                    KeepOnlineStatus = run.Value(keepOnline),
                    AutoReadMessages = run.Value(autoRead),
                    DisableHistorySync = run.Value(noHistory),
                    IgnoreStatus = run.Value(ignoreStatus),
                };
                run.Printer.Object(await run.CreateClient().Instances.UpdateSettingsAsync(run.Value(name), patch, ct), CliJsonContext.Default.InstanceSettings);
                return ExitCodes.Success;
            }, name, rejectCalls, rejectMessage, ignoreGroups, keepOnline, autoRead, noHistory, ignoreStatus));
    }

    private static Command Proxy(CommandFactory commands)
    {
        var name = InstanceCommands.NameArgument();
        var disable = new Option<bool>("--disable") { Description = "Turn the proxy off." };
        var host = new Option<string?>("--host") { Description = "Proxy host." };
        var port = new Option<int?>("--port") { Description = "Proxy port (1-65535)." };
        var protocol = new Option<ProxyProtocol>("--protocol") { Description = "Http, Https or Socks5.", DefaultValueFactory = _ => ProxyProtocol.Http };
        var username = new Option<string?>("--username") { Description = "Proxy user name." };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the proxy password from stdin (else RYZE_PROXY_PASSWORD)." };
        return CommandFactory.Group(
            "proxy",
            "Read or change the instance's outgoing proxy.",
            commands.Create("get", "Show the proxy (never its password).", async (run, ct) =>
            {
                run.Printer.Object(ProxyView.From(await run.CreateClient().Instances.GetProxyAsync(run.Value(name), ct)), CliJsonContext.Default.ProxyView);
                return ExitCodes.Success;
            }, name),
            commands.Create("set", "Replace the proxy.", async (run, ct) =>
            {
                var proxy = run.Value(disable) ? ProxyConfig.Disabled : new ProxyConfig
                {
                    Host = run.Value(host),
                    Port = run.Value(port),
                    Protocol = run.Value(protocol),
                    Username = run.Value(username),
                    Password = await Secrets.ReadAsync(run, run.Value(passwordStdin), "RYZE_PROXY_PASSWORD", ct),
                };
                run.Printer.Object(ProxyView.From(await run.CreateClient().Instances.UpdateProxyAsync(run.Value(name), proxy, ct)), CliJsonContext.Default.ProxyView);
                return ExitCodes.Success;
            }, name, disable, host, port, protocol, username, passwordStdin));
    }

    private static Command S3(CommandFactory commands)
    {
        var name = InstanceCommands.NameArgument();
        var disable = new Option<bool>("--disable") { Description = "Turn S3 media storage off." };
        var region = new Option<string?>("--region") { Description = "Bucket region." };
        var bucket = new Option<string?>("--bucket") { Description = "Bucket name." };
        var accessKey = new Option<string?>("--access-key") { Description = "Access key id." };
        var endpoint = UrlOption.Create("--endpoint", "S3-compatible endpoint (optional).");
        var prefix = new Option<string?>("--path-prefix") { Description = "Key prefix (optional)." };
        var secretStdin = new Option<bool>("--secret-key-stdin") { Description = "Read the secret key from stdin (else RYZE_S3_SECRET_KEY)." };
        return CommandFactory.Group(
            "s3",
            "Read or change where the instance stores media.",
            commands.Create("get", "Show the S3 storage (never its secret key).", async (run, ct) =>
            {
                run.Printer.Object(S3View.From(await run.CreateClient().Instances.GetS3Async(run.Value(name), ct)), CliJsonContext.Default.S3View);
                return ExitCodes.Success;
            }, name),
            commands.Create("set", "Replace the S3 storage.", async (run, ct) =>
            {
                var s3 = run.Value(disable) ? S3Config.Disabled : new S3Config
                {
                    Region = run.Value(region),
                    Bucket = run.Value(bucket),
                    AccessKey = run.Value(accessKey),
                    Endpoint = run.Value(endpoint),
                    PathPrefix = run.Value(prefix),
                    SecretKey = await Secrets.ReadAsync(run, run.Value(secretStdin), "RYZE_S3_SECRET_KEY", ct),
                };
                run.Printer.Object(S3View.From(await run.CreateClient().Instances.UpdateS3Async(run.Value(name), s3, ct)), CliJsonContext.Default.S3View);
                return ExitCodes.Success;
            }, name, disable, region, bucket, accessKey, endpoint, prefix, secretStdin));
    }
}
