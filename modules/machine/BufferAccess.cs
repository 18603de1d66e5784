using MicroPy.Core;

namespace MicroPy.Modules.Machine
{
    /// <summary>Buffer protocol access for memoryview/array arguments (bytes/bytearray/str are handled directly).</summary>
    internal static class BufferAccess
    {
        public static byte[] Get(object o, bool writable, out int offset, out int count)
        {
            offset = 0;
            count = 0;
            return null;
        }
    }
}
