namespace Innominatus.Web.Gateway.Models;

/// <summary><c>GET /api/demo/status</c>: the latest demo runs and each component's state.</summary>
public sealed record DemoStatusView(DemoRunReference? LastInstall, DemoRunReference? LastNuke, IReadOnlyList<DemoComponentView> Components);
