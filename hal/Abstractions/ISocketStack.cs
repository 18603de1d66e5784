namespace MicroPy.Hal
{
    /// <summary>The port's IPv4 network stack (Platform.Sockets; null when the port has none).</summary>
    public interface ISocketStack
    {
        /// <summary>A new non-blocking socket: type 1 stream (TCP), 2 datagram (UDP); null with errno on failure.</summary>
        ISocket Open(int type, out int errno);

        /// <summary>Resolves a host name to IPv4 addresses (packed as in ISocket), written to ips;
        /// returns how many, or -errno.</summary>
        int Resolve(string host, int[] ips);
    }
}
