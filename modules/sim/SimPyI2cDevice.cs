using MicroPy.Objects;
using MicroPy.Values;

namespace MicroPy.Hal.Simulated
{
    /// <summary>An I2C device whose behaviour is a Python object with write(buf) and read(n) -> bytes.</summary>
    public sealed class SimPyI2cDevice : ISimI2cDevice
    {
        public readonly object Target;

        public SimPyI2cDevice(object target)
        {
            Target = target;
        }

        public int Write(byte[] data, int offset, int count, bool stop)
        {
            byte[] copy = new byte[count];
            System.Array.Copy(data, offset, copy, 0, count);
            object r = Ops.CallMethod1(Target, "write", new PyBytes(copy));
            if (r == PyBool.False)
            {
                return -OsErrno.EIO;
            }
            return count;
        }

        public int Read(byte[] data, int offset, int count, bool stop)
        {
            object r = Ops.CallMethod1(Target, "read", PyInt.Create(count));
            byte[] src = null;
            int n = 0;
            PyBytes b = r as PyBytes;
            if (b != null)
            {
                src = b.Data;
                n = b.Data.Length;
            }
            PyByteArray ba = r as PyByteArray;
            if (ba != null)
            {
                src = ba.Data;
                n = ba.Count;
            }
            if (src == null)
            {
                throw Err.Type("I2C device read() must return bytes, not " + Ops.TypeName(r));
            }
            for (int i = 0; i < count; i++)
            {
                data[offset + i] = i < n ? src[i] : (byte)0xFF;
            }
            return count;
        }
    }
}
