using System.CommandLine;

namespace RyzeApi.Cli;

/// <summary>
/// <c>ryze completion bash|zsh|pwsh</c>: prints a script that asks ryze itself for completions (System.CommandLine's
/// <c>[suggest]</c> directive), so they always match the installed version.
/// </summary>
internal static class CompletionCommand
{
    private const string Bash = """
        # ryze completion for bash: add `source <(ryze completion bash)` to ~/.bashrc
        _ryze_complete() {
          local line="${COMP_LINE#* }"
          local position=$(( COMP_POINT - ${#COMP_LINE} + ${#line} ))
          local IFS=$'\n'
          COMPREPLY=( $(compgen -W "$(ryze "[suggest:${position}]" "${line}" 2>/dev/null)" -- "${COMP_WORDS[COMP_CWORD]}") )
        }
        complete -o default -F _ryze_complete ryze
        """;

    private const string Zsh = """
        # ryze completion for zsh: add `source <(ryze completion zsh)` to ~/.zshrc
        _ryze_complete() {
          local line="${BUFFER#* }"
          local -a suggestions
          suggestions=("${(@f)$(ryze "[suggest:${#line}]" "${line}" 2>/dev/null)}")
          compadd -a suggestions
        }
        compdef _ryze_complete ryze
        """;

    private const string Pwsh = """
        # ryze completion for PowerShell: add `ryze completion pwsh | Out-String | Invoke-Expression` to $PROFILE
        Register-ArgumentCompleter -Native -CommandName ryze -ScriptBlock {
            param($wordToComplete, $commandAst, $cursorPosition)
            $text = $commandAst.ToString()
            $start = $commandAst.CommandElements[0].Extent.EndOffset - $commandAst.Extent.StartOffset + 1
            $line = if ($text.Length -gt $start) { $text.Substring($start) } else { '' }
            $position = [Math]::Max(0, $cursorPosition - $commandAst.Extent.StartOffset - $start)
            ryze "[suggest:$position]" "$line" | ForEach-Object {
                [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_)
            }
        }
        """;

    public static Command Build(CommandFactory commands)
    {
        var shell = new Argument<string>("shell") { Description = "bash, zsh or pwsh." }.AcceptOnlyFromAmong("bash", "zsh", "pwsh");
        return commands.Create("completion", "Print the tab-completion script for a shell.", (run, _) =>
        {
            run.Console.Out.WriteLine(run.Value(shell) switch
            {
                "bash" => Bash,
                "zsh" => Zsh,
                _ => Pwsh,
            });
            return Task.FromResult(ExitCodes.Success);
        }, shell);
    }
}
