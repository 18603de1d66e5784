// Reference declarations: package nanoFramework.System.Device.Spi 1.3.x (assembly System.Device.Spi).
// Only the members hal/NanoFramework uses; signatures as in nanoframework/System.Device.Spi. Never deployed.
using System;

namespace System.Device.Spi
{
    public enum SpiMode
    {
        Mode0,
        Mode1,
        Mode2,
        Mode3,
    }

    public enum DataFlow
    {
        MsbFirst,
        LsbFirst,
    }

    public sealed class SpiConnectionSettings
    {
        public SpiConnectionSettings(int busId, int chipSelectLine = -1)
        {
            throw new NotSupportedException();
        }

        public SpiMode Mode
        {
            get { throw new NotSupportedException(); }
            set { throw new NotSupportedException(); }
        }

        public int DataBitLength
        {
            get { throw new NotSupportedException(); }
            set { throw new NotSupportedException(); }
        }

        public int ClockFrequency
        {
            get { throw new NotSupportedException(); }
            set { throw new NotSupportedException(); }
        }

        public DataFlow DataFlow
        {
            get { throw new NotSupportedException(); }
            set { throw new NotSupportedException(); }
        }
    }

    public class SpiDevice : IDisposable
    {
        public SpiDevice(SpiConnectionSettings settings)
        {
            throw new NotSupportedException();
        }

        public void TransferFullDuplex(SpanByte writeBuffer, SpanByte readBuffer)
        {
            throw new NotSupportedException();
        }

        public void TransferFullDuplex(ushort[] writeBuffer, ushort[] readBuffer)
        {
            throw new NotSupportedException();
        }

        public void Dispose()
        {
            throw new NotSupportedException();
        }
    }
}
