namespace Innominatus.Cli.Commands;

/// <summary>
/// completion bash|zsh|fish: prints a script that asks innominatus-ctl itself what may come next (System.CommandLine's
/// [suggest] directive), so completion always matches the installed version's commands and options.
/// </summary>
public static class CompletionCommand
{
    public static Command Build()
    {
        var shell = new Argument<string>("SHELL") { Description = "bash, zsh or fish." };
        shell.AcceptOnlyFromAmong("bash", "zsh", "fish");
        var command = Cmd.New("completion", "Print the shell completion script for bash, zsh or fish.",
                "source <(innominatus-ctl completion bash)          # bash, e.g. in ~/.bashrc",
                "innominatus-ctl completion zsh > \"${fpath[1]}/_innominatus-ctl\"",
                "innominatus-ctl completion fish > ~/.config/fish/completions/innominatus-ctl.fish")
            .With(shell);
        command.SetAction(parse =>
        {
            parse.InvocationConfiguration.Output.Write(Script(parse.GetValue(shell)!));
            return ExitCodes.Ok;
        });
        return command;
    }

    public static string Script(string shell) => shell switch
    {
        "bash" => """
            # innominatus-ctl completion for bash: source <(innominatus-ctl completion bash)
            _innominatus_ctl() {
                local IFS=$'\n'
                local candidates
                candidates=$(innominatus-ctl "[suggest:${COMP_POINT}]" "${COMP_LINE}" 2>/dev/null)
                COMPREPLY=($(compgen -W "${candidates}" -- "${COMP_WORDS[COMP_CWORD]}"))
            }
            complete -o default -F _innominatus_ctl innominatus-ctl

            """,
        "zsh" => """
            #compdef innominatus-ctl
            # innominatus-ctl completion for zsh: innominatus-ctl completion zsh > "${fpath[1]}/_innominatus-ctl"
            _innominatus_ctl() {
                local -a candidates
                candidates=(${(f)"$(innominatus-ctl "[suggest:${#BUFFER}]" "${BUFFER}" 2>/dev/null)"})
                compadd -- $candidates
            }
            compdef _innominatus_ctl innominatus-ctl

            """,
        _ => """
            # innominatus-ctl completion for fish: innominatus-ctl completion fish > ~/.config/fish/completions/innominatus-ctl.fish
            function __innominatus_ctl_complete
                set -l line (commandline -cp)
                innominatus-ctl "[suggest:"(string length -- "$line")"]" "$line" 2>/dev/null
            end
            complete -c innominatus-ctl -f -a '(__innominatus_ctl_complete)'

            """,
    };
}
