namespace Innominatus.WorkflowService.Workflows.Jobs;

/// <summary>
/// What the Job of a <c>terraform</c> or <c>ansible</c> step runs (bash, in the tools image). The working folder
/// arrives read-only under <see cref="Module"/> and is copied to <see cref="WorkDir"/>, where the tool may write
/// (.terraform, ~/.ansible). Values only ever come from the environment and files: the scripts themselves are fixed.
/// A failure writes one sentence to the termination message, which becomes the step's error; a missing tool exits
/// with <see cref="MissingTool"/>.
/// </summary>
public static class ToolJobScripts
{
    public const string Script = ".innominatus/run.sh";
    public const string Module = ".innominatus/module/";
    public const string ExtraVars = ".innominatus/extra-vars.json";
    public const string WorkDir = JobStepSpec.Workspace + "/work";
    public const int MissingTool = 127;

    /// <summary>Copies the module, then the lines of <paramref name="body"/>.</summary>
    private static string Prologue(string program, string body) => $$"""
        #!/bin/bash
        set -uo pipefail
        fail() { printf '%s' "$1" > {{JobStepSpec.OutputsFile}}; echo "$1" >&2; exit "${2:-1}"; }
        command -v {{program}} >/dev/null || exit {{MissingTool}}
        mkdir -p {{WorkDir}} && cp -R {{JobStepSpec.Workspace}}/{{Module}}. {{WorkDir}}/ && chmod -R u+w {{WorkDir}} && cd {{WorkDir}} \
          || fail "cannot copy the working folder into the Job's workspace"
        {{body}}
        """;

    /// <summary>Outputs leave the pod masked, in the termination message: a sensitive value never reaches the pod's status.</summary>
    public static readonly string Terraform = Prologue("terraform", $$"""
        export TF_IN_AUTOMATION=1
        terraform init -input=false -no-color || fail "terraform init exited with code $?"
        terraform apply -input=false -auto-approve -no-color || fail "terraform apply exited with code $?"
        terraform output -json -no-color > {{JobStepSpec.Workspace}}/outputs.json || fail "terraform output exited with code $?"
        jq -c 'with_entries(.value = (if .value.sensitive == true then "(sensitive)" else .value.value end))' \
          {{JobStepSpec.Workspace}}/outputs.json > {{JobStepSpec.Workspace}}/outputs.min.json || fail "terraform output -json printed no JSON object"
        size=$(wc -c < {{JobStepSpec.Workspace}}/outputs.min.json)
        (( size <= 4096 )) || fail "terraform outputs take $size bytes, more than the 4096 a Job step can return: output less"
        cat {{JobStepSpec.Workspace}}/outputs.min.json > {{JobStepSpec.OutputsFile}}
        """);

    public static readonly string Ansible = Prologue("ansible-playbook", $$"""
        extra=()
        [[ -f {{JobStepSpec.Workspace}}/{{ExtraVars}} ]] && extra=(--extra-vars @{{JobStepSpec.Workspace}}/{{ExtraVars}})
        ansible-playbook "$INNOMINATUS_PLAYBOOK" "${extra[@]}" || fail "ansible-playbook exited with code $?"
        """);
}
