namespace Innominatus.WorkflowService.Score;

/// <summary>A published port. TargetPort and Protocol are null when not given; the Effective members apply Score's defaults.</summary>
public sealed record ServicePort(string Name, int Port, int? TargetPort, string? Protocol)
{
    public int EffectiveTargetPort => TargetPort ?? Port;

    public string EffectiveProtocol => Protocol ?? "TCP";
}
