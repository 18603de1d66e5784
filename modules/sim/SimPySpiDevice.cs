using MicroPy.Objects;
using MicroPy.Values;

namespace MicroPy.Hal.Simulated
{
    /// <summary>An SPI device whose behaviour is a Python object with transfer(buf) -> bytes of the same length.</summary>
    public sealed class SimPySpiDevice : ISimSpiDevice
    {
        public readonly object Target;

        public SimPySpiDevice(object target)
        {
            Target = target;
        }

        public void Transfer(byte[] mosi, byte[] miso, bool newTransaction)
        {
            object r = Ops.CallMethod1(Target, "transfer", new PyBytes((byte[])mosi.Clone()));
            byte[] src = null;
            int n = 0;
            PyBytes b = r as PyBytes;
            if (b != null)
            {
                src = b.Data;
                n = src.Length;
            }
            PyByteArray ba = r as PyByteArray;
            if (ba != null)
            {
                src = ba.Data;
                n = ba.Count;
            }
            if (src == null && r != PyNone.None)
            {
                throw Err.Type("SPI device transfer() must return bytes, not " + Ops.TypeName(r));
            }
            for (int i = 0; i < miso.Length; i++)
            {
                miso[i] = src != null && i < n ? src[i] : (byte)0xFF;
            }
        }
    }
}
