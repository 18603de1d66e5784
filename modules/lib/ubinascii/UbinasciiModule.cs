using MicroPy.Objects;
using MicroPy.Values;

namespace MicroPy.Modules
{
    /// <summary>ubinascii: hexlify (with separator), unhexlify, a2b_base64, b2a_base64 (trailing newline), crc32.</summary>
    public sealed class UbinasciiModule : NativeModule
    {
        private static UbinasciiModule s_instance;

        /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
        public static UbinasciiModule Instance
        {
            get { return s_instance ?? (s_instance = new UbinasciiModule()); }
        }

        private const string B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

        private UbinasciiModule() : base("ubinascii", new string[] { "hexlify", "unhexlify", "a2b_base64", "b2a_base64", "crc32" })
        {
        }

        /// <summary>The member ids: each name's index in the table above (NativeTableIdTests checks the pairing).</summary>
        public static class Id
        {
            public const int Hexlify = 0;
            public const int Unhexlify = 1;
            public const int A2bBase64 = 2;
            public const int B2aBase64 = 3;
            public const int Crc32 = 4;
        }

        public override int Kind(int id)
        {
            return MemberStatic;
        }

        /// <summary>The bytes of an input that may also be an ASCII str (unhexlify, a2b_base64, a separator).</summary>
        private static byte[] Data(object o)
        {
            string s = o as string;
            if (s != null)
            {
                return Utf8.Encode(s);
            }
            return Buffers.BytesOf(o);
        }

        public override object Call(int id, object[] args, int argc, int kwc)
        {
            switch (id)
            {
                case Id.Hexlify:
                    {
                        Ops.CheckArgs("hexlify", argc, kwc, 1, 2);
                        byte[] d = Buffers.BytesOf(args[0]);
                        byte[] sep = argc > 1 ? Data(args[1]) : null;
                        PyByteArray o = new PyByteArray(new byte[d.Length * 3 + 1], 0);
                        for (int i = 0; i < d.Length; i++)
                        {
                            if (i > 0 && sep != null)
                            {
                                for (int k = 0; k < sep.Length; k++)
                                {
                                    o.Append(sep[k]);
                                }
                            }
                            o.Append((byte)Ops.HexDigit(d[i] >> 4));
                            o.Append((byte)Ops.HexDigit(d[i] & 15));
                        }
                        byte[] r = new byte[o.Count];
                        System.Array.Copy(o.Data, r, o.Count);
                        return new PyBytes(r);
                    }
                case Id.Unhexlify:
                    {
                        Ops.CheckArgs("unhexlify", argc, kwc, 1, 1);
                        byte[] d = Data(args[0]);
                        if ((d.Length & 1) != 0)
                        {
                            throw Err.Value("odd-length string");
                        }
                        byte[] r = new byte[d.Length / 2];
                        for (int i = 0; i < r.Length; i++)
                        {
                            int hi = Numbers.DigitValue((char)d[2 * i]);
                            int lo = Numbers.DigitValue((char)d[2 * i + 1]);
                            if (hi < 0 || hi > 15 || lo < 0 || lo > 15)
                            {
                                throw Err.Value("non-hexadecimal digit found");
                            }
                            r[i] = (byte)(hi * 16 + lo);
                        }
                        return new PyBytes(r);
                    }
                case Id.A2bBase64:
                    {
                        Ops.CheckArgs("a2b_base64", argc, kwc, 1, 1);
                        byte[] d = Data(args[0]);
                        PyByteArray o = new PyByteArray(new byte[d.Length], 0);
                        // CPython's non-strict decoding: characters outside the alphabet are skipped, enough
                        // '=' after two or three characters of a quad ends the data, and a partial quad without
                        // that padding is an error.
                        int acc = 0;
                        int bits = 0;
                        int quad = 0;
                        int pads = 0;
                        for (int i = 0; i < d.Length; i++)
                        {
                            char c = (char)d[i];
                            if (c == '=')
                            {
                                if (quad >= 2 && quad + ++pads >= 4)
                                {
                                    quad = 0;
                                    break;
                                }
                                continue;
                            }
                            int v = B64.IndexOf(c);
                            if (v < 0)
                            {
                                continue;
                            }
                            pads = 0;
                            quad = (quad + 1) & 3;
                            acc = (acc << 6) | v;
                            bits += 6;
                            if (bits >= 8)
                            {
                                bits -= 8;
                                o.Append((byte)(acc >> bits));
                                acc &= (1 << bits) - 1;
                            }
                        }
                        if (quad != 0)
                        {
                            throw Err.Value("incorrect padding");
                        }
                        byte[] r = new byte[o.Count];
                        System.Array.Copy(o.Data, r, o.Count);
                        return new PyBytes(r);
                    }
                case Id.B2aBase64:
                    {
                        Ops.CheckArgs("b2a_base64", argc, kwc, 1, 1);
                        byte[] d = Buffers.BytesOf(args[0]);
                        int n = (d.Length + 2) / 3 * 4;
                        byte[] r = new byte[n + 1];
                        int p = 0;
                        for (int i = 0; i < d.Length; i += 3)
                        {
                            int b0 = d[i];
                            int b1 = i + 1 < d.Length ? d[i + 1] : 0;
                            int b2 = i + 2 < d.Length ? d[i + 2] : 0;
                            r[p++] = (byte)B64[b0 >> 2];
                            r[p++] = (byte)B64[((b0 & 3) << 4) | (b1 >> 4)];
                            r[p++] = i + 1 < d.Length ? (byte)B64[((b1 & 15) << 2) | (b2 >> 6)] : (byte)'=';
                            r[p++] = i + 2 < d.Length ? (byte)B64[b2 & 63] : (byte)'=';
                        }
                        r[p] = (byte)'\n';
                        return new PyBytes(r);
                    }
                default:
                    {
                        Ops.CheckArgs("crc32", argc, kwc, 1, 2);
                        byte[] d = Buffers.BytesOf(args[0]);
                        uint crc = argc > 1 ? (uint)Ops.ToLong(args[1]) : 0;
                        crc = ~crc;
                        for (int i = 0; i < d.Length; i++)
                        {
                            crc ^= d[i];
                            for (int k = 0; k < 8; k++)
                            {
                                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
                            }
                        }
                        return PyInt.Create(~crc);
                    }
            }
        }
    }
}
