using RyzeApi.Cli;

return await RyzeCli.RunAsync(args, CliConsole.System);
