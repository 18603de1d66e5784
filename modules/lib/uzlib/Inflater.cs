using MicroPy.Objects;

namespace MicroPy.Modules
{
    /// <summary>A DEFLATE decoder (RFC 1951): stored, fixed and dynamic Huffman blocks. Iterative, no recursion.</summary>
    public sealed class Inflater
    {
        private readonly byte[] _in;
        private int _pos;
        private int _bitBuf;
        private int _bitCount;
        private byte[] _out = new byte[256];
        private int _outLen;

        private static readonly int[] s_lenBase = { 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258 };
        private static readonly int[] s_lenExtra = { 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0 };
        private static readonly int[] s_distBase = { 1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577 };
        private static readonly int[] s_distExtra = { 0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13 };
        private static readonly int[] s_clOrder = { 16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15 };

        public Inflater(byte[] input, int pos)
        {
            _in = input;
            _pos = pos;
        }

        private PyException Bad()
        {
            return Err.Make(PyExc.ValueError, "invalid deflate data");
        }

        private int Bits(int n)
        {
            while (_bitCount < n)
            {
                if (_pos >= _in.Length)
                {
                    throw Bad();
                }
                _bitBuf |= _in[_pos++] << _bitCount;
                _bitCount += 8;
            }
            int v = _bitBuf & ((1 << n) - 1);
            _bitBuf >>= n;
            _bitCount -= n;
            return v;
        }

        private void Put(byte b)
        {
            if (_outLen == _out.Length)
            {
                byte[] g = new byte[_outLen * 2];
                System.Array.Copy(_out, g, _outLen);
                _out = g;
            }
            _out[_outLen++] = b;
        }

        /// <summary>Canonical Huffman table: counts per length and symbols sorted by code.</summary>
        private sealed class Huffman
        {
            public readonly int[] Counts = new int[16];
            public readonly int[] Symbols;

            public Huffman(int[] lengths, int n)
            {
                Symbols = new int[n];
                for (int i = 0; i < n; i++)
                {
                    Counts[lengths[i]]++;
                }
                Counts[0] = 0;
                int[] offs = new int[16];
                for (int i = 1; i < 16; i++)
                {
                    offs[i] = offs[i - 1] + Counts[i - 1];
                }
                for (int i = 0; i < n; i++)
                {
                    if (lengths[i] != 0)
                    {
                        Symbols[offs[lengths[i]]++] = i;
                    }
                }
            }
        }

        private int Decode(Huffman h)
        {
            int code = 0;
            int first = 0;
            int index = 0;
            for (int len = 1; len < 16; len++)
            {
                code |= Bits(1);
                int count = h.Counts[len];
                if (code - count < first)
                {
                    return h.Symbols[index + (code - first)];
                }
                index += count;
                first += count;
                first <<= 1;
                code <<= 1;
            }
            throw Bad();
        }

        public byte[] Run()
        {
            bool last = false;
            while (!last)
            {
                last = Bits(1) == 1;
                int type = Bits(2);
                if (type == 0)
                {
                    _bitBuf = 0;
                    _bitCount = 0;
                    if (_pos + 4 > _in.Length)
                    {
                        throw Bad();
                    }
                    int len = _in[_pos] | (_in[_pos + 1] << 8);
                    _pos += 4;
                    if (_pos + len > _in.Length)
                    {
                        throw Bad();
                    }
                    for (int i = 0; i < len; i++)
                    {
                        Put(_in[_pos++]);
                    }
                    continue;
                }
                Huffman lit;
                Huffman dist;
                if (type == 1)
                {
                    int[] l = new int[288];
                    for (int i = 0; i < 288; i++)
                    {
                        l[i] = i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : 8;
                    }
                    lit = new Huffman(l, 288);
                    int[] d = new int[30];
                    for (int i = 0; i < 30; i++)
                    {
                        d[i] = 5;
                    }
                    dist = new Huffman(d, 30);
                }
                else if (type == 2)
                {
                    int hlit = Bits(5) + 257;
                    int hdist = Bits(5) + 1;
                    int hclen = Bits(4) + 4;
                    int[] cl = new int[19];
                    for (int i = 0; i < hclen; i++)
                    {
                        cl[s_clOrder[i]] = Bits(3);
                    }
                    Huffman clh = new Huffman(cl, 19);
                    int[] lens = new int[hlit + hdist];
                    int n = 0;
                    while (n < hlit + hdist)
                    {
                        int sym = Decode(clh);
                        if (sym < 16)
                        {
                            lens[n++] = sym;
                            continue;
                        }
                        int rep;
                        int val = 0;
                        if (sym == 16)
                        {
                            if (n == 0)
                            {
                                throw Bad();
                            }
                            val = lens[n - 1];
                            rep = 3 + Bits(2);
                        }
                        else if (sym == 17)
                        {
                            rep = 3 + Bits(3);
                        }
                        else
                        {
                            rep = 11 + Bits(7);
                        }
                        if (n + rep > hlit + hdist)
                        {
                            throw Bad();
                        }
                        for (int i = 0; i < rep; i++)
                        {
                            lens[n++] = val;
                        }
                    }
                    int[] ll = new int[hlit];
                    int[] dl = new int[hdist];
                    System.Array.Copy(lens, ll, hlit);
                    System.Array.Copy(lens, hlit, dl, 0, hdist);
                    lit = new Huffman(ll, hlit);
                    dist = new Huffman(dl, hdist);
                }
                else
                {
                    throw Bad();
                }
                while (true)
                {
                    int sym = Decode(lit);
                    if (sym < 256)
                    {
                        Put((byte)sym);
                        continue;
                    }
                    if (sym == 256)
                    {
                        break;
                    }
                    sym -= 257;
                    if (sym >= 29)
                    {
                        throw Bad();
                    }
                    int length = s_lenBase[sym] + Bits(s_lenExtra[sym]);
                    int ds = Decode(dist);
                    if (ds >= 30)
                    {
                        throw Bad();
                    }
                    int distance = s_distBase[ds] + Bits(s_distExtra[ds]);
                    if (distance > _outLen)
                    {
                        throw Bad();
                    }
                    for (int i = 0; i < length; i++)
                    {
                        Put(_out[_outLen - distance]);
                    }
                }
            }
            byte[] r = new byte[_outLen];
            System.Array.Copy(_out, r, _outLen);
            return r;
        }
    }
}
