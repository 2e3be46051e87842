using System.Net;
using System.Net.Sockets;

namespace Innominatus.Bench.Scenarios;

public static class LocalPorts
{
    /// <summary>Whether nothing listens on the loopback port now (a bench then starts its own server there).</summary>
    public static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
