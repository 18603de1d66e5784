using MicroPy.Objects;
using MicroPy.Values;

namespace MicroPy.Modules
{
    /// <summary>uzlib: decompress(data, wbits=15) for zlib (wbits 8..15), raw deflate (-8..-15) and gzip (16+) streams.</summary>
    public sealed class UzlibModule : NativeModule
    {
        private static UzlibModule s_instance;

        /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
        public static UzlibModule Instance
        {
            get { return s_instance ?? (s_instance = new UzlibModule()); }
        }

        private UzlibModule() : base("uzlib", new string[] { "decompress" })
        {
        }

        public override int Kind(int id)
        {
            return MemberStatic;
        }

        public override object Call(int id, object[] args, int argc, int kwc)
        {
            Ops.CheckArgs("decompress", argc, kwc, 1, 3);
            byte[] data = BytesOps.ToBytes(args[0]);
            long wbits = argc > 1 ? Ops.ToLong(args[1]) : 15;
            int pos = 0;
            if (wbits >= 8 && wbits <= 15)
            {
                if (data.Length < 2 || (data[0] & 0x0F) != 8 || ((data[0] << 8) | data[1]) % 31 != 0)
                {
                    throw Err.Make(PyExc.ValueError, "incorrect header check");
                }
                pos = 2;
            }
            else if (wbits >= 24 && wbits <= 31)
            {
                pos = GzipHeader(data);
            }
            else if (!(wbits >= -15 && wbits <= -8))
            {
                throw Err.Value("invalid wbits");
            }
            Inflater inf = new Inflater(data, pos);
            return new PyBytes(inf.Run());
        }

        private static int GzipHeader(byte[] d)
        {
            if (d.Length < 10 || d[0] != 0x1F || d[1] != 0x8B || d[2] != 8)
            {
                throw Err.Value("incorrect header check");
            }
            int flags = d[3];
            int p = 10;
            if ((flags & 4) != 0)
            {
                p += 2 + (d[p] | (d[p + 1] << 8));
            }
            if ((flags & 8) != 0)
            {
                while (d[p++] != 0)
                {
                }
            }
            if ((flags & 16) != 0)
            {
                while (d[p++] != 0)
                {
                }
            }
            if ((flags & 2) != 0)
            {
                p += 2;
            }
            return p;
        }
    }
}
