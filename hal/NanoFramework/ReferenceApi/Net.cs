// Reference declarations: package nanoFramework.System.Net 1.11.x (assembly System.Net), for the MAC address that
// serves as machine.unique_id() on ESP32. Only the members hal/NanoFramework uses. Never deployed.
using System;

namespace System.Net.NetworkInformation
{
    public class NetworkInterface
    {
        public static NetworkInterface[] GetAllNetworkInterfaces()
        {
            throw new NotSupportedException();
        }

        public byte[] PhysicalAddress
        {
            get { throw new NotSupportedException(); }
        }
    }
}
