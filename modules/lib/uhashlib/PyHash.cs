using MicroPy.Objects;
using MicroPy.Values;

namespace MicroPy.Modules
{
    /// <summary>A running SHA-256 or SHA-1 digest (own implementation over 64-byte blocks).</summary>
    public sealed class PyHash : PyObject
    {
        private static PyType s_sha256Type;
        private static PyType s_sha1Type;

        /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
        public static PyType Sha256Type
        {
            get { return s_sha256Type ?? (s_sha256Type = PyType.Native("sha256", HashTable.Sha256, null)); }
        }

        public static PyType Sha1Type
        {
            get { return s_sha1Type ?? (s_sha1Type = PyType.Native("sha1", HashTable.Sha1, null)); }
        }

        private readonly bool _sha1;
        private readonly uint[] _h;
        private readonly byte[] _block = new byte[64];
        private int _blockLen;
        private long _total;
        private readonly uint[] _w;

        private static readonly uint[] s_k = new uint[]
        {
            0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
            0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
            0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
            0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
            0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
            0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
            0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
            0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
        };

        public PyHash(bool sha1)
        {
            _sha1 = sha1;
            if (sha1)
            {
                _h = new uint[] { 0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0 };
                _w = new uint[80];
            }
            else
            {
                _h = new uint[] { 0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19 };
                _w = new uint[64];
            }
        }

        public override PyType Type
        {
            get { return _sha1 ? Sha1Type : Sha256Type; }
        }

        private static uint Rotr(uint x, int n)
        {
            return (x >> n) | (x << (32 - n));
        }

        private static uint Rotl(uint x, int n)
        {
            return (x << n) | (x >> (32 - n));
        }

        private void Block(byte[] b, int off)
        {
            uint[] w = _w;
            for (int i = 0; i < 16; i++)
            {
                w[i] = ((uint)b[off + 4 * i] << 24) | ((uint)b[off + 4 * i + 1] << 16) | ((uint)b[off + 4 * i + 2] << 8) | b[off + 4 * i + 3];
            }
            if (_sha1)
            {
                for (int i = 16; i < 80; i++)
                {
                    w[i] = Rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
                }
                uint a = _h[0], bb = _h[1], c = _h[2], d = _h[3], e = _h[4];
                for (int i = 0; i < 80; i++)
                {
                    uint f;
                    uint k;
                    if (i < 20)
                    {
                        f = (bb & c) | (~bb & d);
                        k = 0x5A827999;
                    }
                    else if (i < 40)
                    {
                        f = bb ^ c ^ d;
                        k = 0x6ED9EBA1;
                    }
                    else if (i < 60)
                    {
                        f = (bb & c) | (bb & d) | (c & d);
                        k = 0x8F1BBCDC;
                    }
                    else
                    {
                        f = bb ^ c ^ d;
                        k = 0xCA62C1D6;
                    }
                    uint t = Rotl(a, 5) + f + e + k + w[i];
                    e = d;
                    d = c;
                    c = Rotl(bb, 30);
                    bb = a;
                    a = t;
                }
                _h[0] += a;
                _h[1] += bb;
                _h[2] += c;
                _h[3] += d;
                _h[4] += e;
                return;
            }
            for (int i = 16; i < 64; i++)
            {
                uint s0 = Rotr(w[i - 15], 7) ^ Rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
                uint s1 = Rotr(w[i - 2], 17) ^ Rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
                w[i] = w[i - 16] + s0 + w[i - 7] + s1;
            }
            uint ha = _h[0], hb = _h[1], hc = _h[2], hd = _h[3], he = _h[4], hf = _h[5], hg = _h[6], hh = _h[7];
            for (int i = 0; i < 64; i++)
            {
                uint S1 = Rotr(he, 6) ^ Rotr(he, 11) ^ Rotr(he, 25);
                uint ch = (he & hf) ^ (~he & hg);
                uint t1 = hh + S1 + ch + s_k[i] + w[i];
                uint S0 = Rotr(ha, 2) ^ Rotr(ha, 13) ^ Rotr(ha, 22);
                uint maj = (ha & hb) ^ (ha & hc) ^ (hb & hc);
                uint t2 = S0 + maj;
                hh = hg;
                hg = hf;
                hf = he;
                he = hd + t1;
                hd = hc;
                hc = hb;
                hb = ha;
                ha = t1 + t2;
            }
            _h[0] += ha;
            _h[1] += hb;
            _h[2] += hc;
            _h[3] += hd;
            _h[4] += he;
            _h[5] += hf;
            _h[6] += hg;
            _h[7] += hh;
        }

        public void Update(byte[] data, int off, int count)
        {
            _total += count;
            for (int i = 0; i < count; i++)
            {
                _block[_blockLen++] = data[off + i];
                if (_blockLen == 64)
                {
                    Block(_block, 0);
                    _blockLen = 0;
                }
            }
        }

        public byte[] Digest()
        {
            // Work on copies so digest() can be called again and update() can continue.
            uint[] savedH = (uint[])_h.Clone();
            byte[] savedBlock = (byte[])_block.Clone();
            int savedLen = _blockLen;
            long bits = _total * 8;
            byte[] pad = new byte[64 + 8];
            pad[0] = 0x80;
            int padLen = (savedLen < 56 ? 56 - savedLen : 120 - savedLen);
            for (int i = 0; i < 8; i++)
            {
                pad[padLen + i] = (byte)(bits >> (56 - 8 * i));
            }
            long total = _total;
            Update(pad, 0, padLen + 8);
            _total = total;
            int n = _sha1 ? 5 : 8;
            byte[] r = new byte[n * 4];
            for (int i = 0; i < n; i++)
            {
                r[4 * i] = (byte)(_h[i] >> 24);
                r[4 * i + 1] = (byte)(_h[i] >> 16);
                r[4 * i + 2] = (byte)(_h[i] >> 8);
                r[4 * i + 3] = (byte)_h[i];
            }
            System.Array.Copy(savedH, _h, n);
            System.Array.Copy(savedBlock, _block, 64);
            _blockLen = savedLen;
            return r;
        }

        private sealed class HashTable : NativeTable
        {
            public static readonly HashTable Sha256 = new HashTable(false);
            public static readonly HashTable Sha1 = new HashTable(true);
            private readonly bool _sha1;

            private HashTable(bool sha1) : base(new string[] { "update", "digest" })
            {
                _sha1 = sha1;
            }

            public override object Construct(PyType cls, object[] args, int argc, int kwc)
            {
                Ops.CheckArgs(_sha1 ? "sha1" : "sha256", argc, kwc, 0, 1);
                PyHash h = new PyHash(_sha1);
                if (argc == 1)
                {
                    byte[] d = BytesOps.ToBytes(args[0]);
                    h.Update(d, 0, d.Length);
                }
                return h;
            }

            public override object Call(int id, object[] args, int argc, int kwc)
            {
                PyHash h = (PyHash)args[0];
                if (id == 0)
                {
                    Ops.CheckArgs("update", argc - 1, kwc, 1, 1);
                    byte[] d = BytesOps.ToBytes(args[1]);
                    h.Update(d, 0, d.Length);
                    return PyNone.None;
                }
                Ops.CheckArgs("digest", argc - 1, kwc, 0, 0);
                return new PyBytes(h.Digest());
            }
        }
    }
}
