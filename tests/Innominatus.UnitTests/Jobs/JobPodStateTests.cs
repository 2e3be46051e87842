using Innominatus.WorkflowService.Workflows.Jobs;
using k8s.Models;

namespace Innominatus.UnitTests.Jobs;

public class JobPodStateTests
{
    private static V1Pod Pod(V1ContainerState? state = null, V1PodCondition? condition = null) => new()
    {
        Metadata = new V1ObjectMeta { Name = "p" },
        Status = new V1PodStatus
        {
            Phase = "Pending",
            ContainerStatuses = state is null ? null : [new V1ContainerStatus { Name = "step", State = state }],
            Conditions = condition is null ? null : [condition],
        },
    };

    [Theory]
    [InlineData("ImagePullBackOff")]
    [InlineData("ErrImageNeverPull")]
    [InlineData("CreateContainerConfigError")]
    public void A_container_waiting_for_what_does_not_come_never_starts_and_says_why(string reason)
    {
        var state = JobPodState.Of(Pod(new V1ContainerState { Waiting = new V1ContainerStateWaiting { Reason = reason, Message = "image x" } }));

        Assert.Equal((JobPodPhase.NeverStarts, $"{reason}: image x"), (state.Phase, state.Reason));
    }

    [Fact]
    public void An_unschedulable_pod_never_starts_but_one_creating_its_container_is_pending()
    {
        var unschedulable = JobPodState.Of(Pod(condition: new V1PodCondition { Type = "PodScheduled", Status = "False", Reason = "Unschedulable", Message = "0/1 nodes are available" }));
        var creating = JobPodState.Of(Pod(new V1ContainerState { Waiting = new V1ContainerStateWaiting { Reason = "ContainerCreating" } }));

        Assert.Equal((JobPodPhase.NeverStarts, "Unschedulable: 0/1 nodes are available"), (unschedulable.Phase, unschedulable.Reason));
        Assert.Equal(JobPodPhase.Pending, creating.Phase);
        Assert.Equal(JobPodPhase.Pending, JobPodState.Of(null).Phase);
    }

    [Fact]
    public void A_terminated_container_gives_its_exit_code_and_termination_message()
    {
        var state = JobPodState.Of(Pod(new V1ContainerState { Terminated = new V1ContainerStateTerminated { ExitCode = 3, Reason = "Error", Message = "url=http://x\n" } }));

        Assert.Equal((JobPodPhase.Finished, 3, "url=http://x\n"), (state.Phase, state.ExitCode, state.Message));
        Assert.Equal(JobPodPhase.Running, JobPodState.Of(Pod(new V1ContainerState { Running = new V1ContainerStateRunning() })).Phase);
    }
}
