namespace Innominatus.ServiceDefaults.Messaging;

/// <summary>The short name a service goes by on the bus (queue prefixes, probe answers).</summary>
public sealed record ServiceIdentity(string Name);
