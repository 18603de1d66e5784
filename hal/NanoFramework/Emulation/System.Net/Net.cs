// Emulated board without an IP stack: package nanoFramework.System.Net 1.11.54 (assembly System.Net; namespaces
// System.Net, System.Net.Sockets) as far as usocket (NanoSocket, NanoSocketStack) uses it. Shapes and enum values as in
// nanoframework/System.Net v1.11.54. Socket calls throw NotSupportedException, which the adapters report as
// OSError(ENODEV). System.Net.NetworkInformation (the interfaces and Wi-Fi configuration): NetworkInformation.cs.
// (Several types per file: a declaration set.)
using System;

namespace System.Net
{
    public abstract class EndPoint
    {
    }

    public class IPAddress
    {
        public byte[] GetAddressBytes()
        {
            throw new NotSupportedException();
        }

        public System.Net.Sockets.AddressFamily AddressFamily
        {
            get { throw new NotSupportedException(); }
        }
    }

    public class IPEndPoint : EndPoint
    {
        public IPEndPoint(long address, int port)
        {
            throw new NotSupportedException();
        }

        public IPAddress Address
        {
            get { throw new NotSupportedException(); }
        }

        public int Port
        {
            get { throw new NotSupportedException(); }
        }
    }

    public class IPHostEntry
    {
        public IPAddress[] AddressList
        {
            get { throw new NotSupportedException(); }
        }
    }

    public static class Dns
    {
        public static IPHostEntry GetHostEntry(string hostNameOrAddress)
        {
            throw new NotSupportedException();
        }
    }
}

namespace System.Net.Sockets
{
    public enum AddressFamily
    {
        InterNetwork = 2,
    }

    public enum SocketType
    {
        Stream = 1,
        Dgram = 2,
    }

    public enum ProtocolType
    {
        Tcp = 6,
        Udp = 17,
    }

    public enum SelectMode
    {
        SelectRead = 0,
        SelectWrite = 1,
        SelectError = 2,
    }

    [Flags]
    public enum SocketFlags
    {
        None = 0x0000,
    }

    public enum SocketOptionLevel
    {
        Tcp = 6,
        Socket = 0xffff,
    }

    public enum SocketOptionName
    {
        NoDelay = 1,
        ReuseAddress = 0x0004,
        KeepAlive = 0x0008,
        Broadcast = 0x0020,
        Error = 0x1007,
    }

    public class SocketException : Exception
    {
        public int ErrorCode
        {
            get { throw new NotSupportedException(); }
        }
    }

    public class Socket
    {
        public Socket(AddressFamily addressFamily, SocketType socketType, ProtocolType protocolType)
        {
            throw new NotSupportedException();
        }

        public int Available
        {
            get { throw new NotSupportedException(); }
        }

        public EndPoint LocalEndPoint
        {
            get { throw new NotSupportedException(); }
        }

        public EndPoint RemoteEndPoint
        {
            get { throw new NotSupportedException(); }
        }

        public void Bind(EndPoint localEP)
        {
            throw new NotSupportedException();
        }

        public void Connect(EndPoint remoteEP)
        {
            throw new NotSupportedException();
        }

        public void Close()
        {
            throw new NotSupportedException();
        }

        public void Listen(int backlog)
        {
            throw new NotSupportedException();
        }

        public Socket Accept()
        {
            throw new NotSupportedException();
        }

        public int Send(byte[] buffer, int offset, int size, SocketFlags socketFlags)
        {
            throw new NotSupportedException();
        }

        public int SendTo(byte[] buffer, int offset, int size, SocketFlags socketFlags, EndPoint remoteEP)
        {
            throw new NotSupportedException();
        }

        public int Receive(byte[] buffer, int offset, int size, SocketFlags socketFlags)
        {
            throw new NotSupportedException();
        }

        public int ReceiveFrom(byte[] buffer, int offset, int size, SocketFlags socketFlags, ref EndPoint remoteEP)
        {
            throw new NotSupportedException();
        }

        public void SetSocketOption(SocketOptionLevel optionLevel, SocketOptionName optionName, int optionValue)
        {
            throw new NotSupportedException();
        }

        public object GetSocketOption(SocketOptionLevel optionLevel, SocketOptionName optionName)
        {
            throw new NotSupportedException();
        }

        public bool Poll(int microSeconds, SelectMode mode)
        {
            throw new NotSupportedException();
        }
    }
}
