using k8s.Models;

namespace Innominatus.Manifests;

internal static class Probes
{
    public static V1Probe Http(string path, string port, int initialDelaySeconds, int periodSeconds) => new()
    {
        HttpGet = new V1HTTPGetAction { Path = path, Port = port },
        InitialDelaySeconds = initialDelaySeconds,
        PeriodSeconds = periodSeconds,
    };

    public static V1Probe Tcp(string port, int initialDelaySeconds, int periodSeconds) => new()
    {
        TcpSocket = new V1TCPSocketAction { Port = port },
        InitialDelaySeconds = initialDelaySeconds,
        PeriodSeconds = periodSeconds,
    };
}
