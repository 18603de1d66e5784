using MicroPy.Objects;
using MicroPy.Modules.Machine;

namespace MicroPy.Modules.Framebuf
{
    /// <summary>
    /// framebuf.FrameBuffer(buffer, width, height, format, stride=width): drawing on a bytearray (or any writable
    /// buffer) in a display's own pixel layout, as MicroPython's modframebuf does: the same clipping, the same line
    /// algorithm, the same scroll and blit rules. The buffer is looked up on every call, so one that shrank raises
    /// ValueError instead of writing past its end.
    /// </summary>
    public sealed class FrameBufferObject : PyObject
    {
        public const int MonoVlsb = 0;
        public const int Rgb565 = 1;
        public const int Gs4Hmsb = 2;
        public const int MonoHlsb = 3;

        private static PyType s_typeObject;

        /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
        public static PyType TypeObject
        {
            get { return s_typeObject ?? (s_typeObject = PyType.Native("FrameBuffer", FrameBufferTable.Instance, null)); }
        }

        private object _buffer;
        private int _width;
        private int _height;
        private int _format;
        private int _stride;
        private byte[] _d;
        private int _o;

        public override PyType Type
        {
            get { return TypeObject; }
        }

        private void Init(object[] args, int argc, int kwc)
        {
            if (argc < 5 || argc > 6)
            {
                throw Err.Type("FrameBuffer(buffer, width, height, format, stride=width)");
            }
            int w = Small(args[2]);
            int h = Small(args[3]);
            long f = Ops.ToLong(args[4]);
            int stride = argc > 5 ? Small(args[5]) : w;
            if (f < MonoVlsb || f > MonoHlsb)
            {
                throw Err.Value("invalid format");
            }
            if (w < 1 || h < 1 || stride < w)
            {
                throw Err.Value("invalid size");
            }
            if (f == MonoHlsb)
            {
                stride = (stride + 7) & ~7;
            }
            else if (f == Gs4Hmsb)
            {
                stride = (stride + 1) & ~1;
            }
            _buffer = args[1];
            _width = w;
            _height = h;
            _format = (int)f;
            _stride = stride;
            Bind(this);
        }

        private static int Small(object v)
        {
            long n = Ops.ToLong(v);
            if (n < 0 || n > 0x7FFF)
            {
                throw Err.Value("invalid size");
            }
            return (int)n;
        }

        private int Needed()
        {
            switch (_format)
            {
                case MonoVlsb: return (_height + 7) / 8 * _stride;
                case MonoHlsb: return _stride / 8 * _height;
                case Rgb565: return 2 * _stride * _height;
                default: return _stride / 2 * _height;
            }
        }

        /// <summary>The buffer's bytes for this call; ValueError when it is smaller than the frame.</summary>
        private static FrameBufferObject Bind(object o)
        {
            FrameBufferObject f = Ops.NativeSelf(o) as FrameBufferObject;
            if (f == null)
            {
                throw Err.Type("FrameBuffer required");
            }
            if (f._buffer == null)
            {
                f._d = new byte[0];
                f._o = 0;
                return f;
            }
            int count;
            f._d = MachineArgs.WriteBuf(f._buffer, out f._o, out count);
            if (count < f.Needed())
            {
                throw Err.Value("buffer too small");
            }
            return f;
        }

        private void Set(int x, int y, int c)
        {
            byte[] d = _d;
            int i;
            switch (_format)
            {
                case MonoVlsb:
                    i = _o + (y >> 3) * _stride + x;
                    int bit = 1 << (y & 7);
                    d[i] = (byte)(c != 0 ? d[i] | bit : d[i] & ~bit);
                    break;
                case MonoHlsb:
                    i = _o + ((x + y * _stride) >> 3);
                    int hb = 0x80 >> (x & 7);
                    d[i] = (byte)(c != 0 ? d[i] | hb : d[i] & ~hb);
                    break;
                case Rgb565:
                    i = _o + 2 * (x + y * _stride);
                    d[i] = (byte)c;
                    d[i + 1] = (byte)(c >> 8);
                    break;
                default:
                    i = _o + ((x + y * _stride) >> 1);
                    d[i] = (byte)((x & 1) != 0 ? (d[i] & 0xF0) | (c & 0x0F) : (d[i] & 0x0F) | ((c & 0x0F) << 4));
                    break;
            }
        }

        private int Get(int x, int y)
        {
            byte[] d = _d;
            switch (_format)
            {
                case MonoVlsb:
                    return (d[_o + (y >> 3) * _stride + x] >> (y & 7)) & 1;
                case MonoHlsb:
                    return (d[_o + ((x + y * _stride) >> 3)] >> (7 - (x & 7))) & 1;
                case Rgb565:
                    int i = _o + 2 * (x + y * _stride);
                    return d[i] | (d[i + 1] << 8);
                default:
                    int v = d[_o + ((x + y * _stride) >> 1)];
                    return (x & 1) != 0 ? v & 0x0F : v >> 4;
            }
        }

        private void FillRect(int x, int y, int w, int h, int c)
        {
            if (w < 1 || h < 1 || x + w <= 0 || y + h <= 0 || y >= _height || x >= _width)
            {
                return;
            }
            int xend = x + w < _width ? x + w : _width;
            int yend = y + h < _height ? y + h : _height;
            x = x < 0 ? 0 : x;
            for (y = y < 0 ? 0 : y; y < yend; y++)
            {
                for (int i = x; i < xend; i++)
                {
                    Set(i, y, c);
                }
            }
        }

        private void Plot(int x, int y, int c)
        {
            if (x >= 0 && x < _width && y >= 0 && y < _height)
            {
                Set(x, y, c);
            }
        }

        private void Line(int x1, int y1, int x2, int y2, int c)
        {
            int dx = x2 - x1;
            int sx = dx > 0 ? 1 : -1;
            dx = dx > 0 ? dx : -dx;
            int dy = y2 - y1;
            int sy = dy > 0 ? 1 : -1;
            dy = dy > 0 ? dy : -dy;
            bool steep = dy > dx;
            if (steep)
            {
                int t = x1; x1 = y1; y1 = t;
                t = dx; dx = dy; dy = t;
                t = sx; sx = sy; sy = t;
            }
            int e = 2 * dy - dx;
            for (int i = 0; i < dx; i++)
            {
                if (steep)
                {
                    Plot(y1, x1, c);
                }
                else
                {
                    Plot(x1, y1, c);
                }
                while (e >= 0)
                {
                    y1 += sy;
                    e -= 2 * dx;
                }
                x1 += sx;
                e += 2 * dy;
            }
            Plot(x2, y2, c);
        }

        private void Text(string s, int x, int y, int c)
        {
            byte[] font = Font8x8.Data;
            for (int k = 0; k < s.Length; k++)
            {
                int ch = s[k];
                // MicroPython draws each UTF-8 byte: a non-ASCII character is 2 or 3 blocks (a surrogate half is 2).
                int n = ch < 0x80 ? 1 : ch < 0x800 || (ch >= 0xD800 && ch < 0xE000) ? 2 : 3;
                if (ch < 32 || ch > 127)
                {
                    ch = 127;
                }
                for (; n > 0; n--)
                {
                    int g = (ch - 32) * 8;
                    for (int j = 0; j < 8; j++, x++)
                    {
                        if (x < 0 || x >= _width)
                        {
                            continue;
                        }
                        int col = font[g + j];
                        for (int yy = y; col != 0; col >>= 1, yy++)
                        {
                            if ((col & 1) != 0 && yy >= 0 && yy < _height)
                            {
                                Set(x, yy, c);
                            }
                        }
                    }
                }
            }
        }

        private void Scroll(int xstep, int ystep)
        {
            int sx, xend, dx, y, yend, dy;
            if (xstep < 0)
            {
                sx = 0;
                xend = _width + xstep;
                dx = 1;
            }
            else
            {
                sx = _width - 1;
                xend = xstep - 1;
                dx = -1;
            }
            if (ystep < 0)
            {
                y = 0;
                yend = _height + ystep;
                dy = 1;
            }
            else
            {
                y = _height - 1;
                yend = ystep - 1;
                dy = -1;
            }
            if (xend * dx < sx * dx || yend * dy < y * dy)
            {
                return;
            }
            for (; y != yend; y += dy)
            {
                for (int x = sx; x != xend; x += dx)
                {
                    Set(x, y, Get(x - xstep, y - ystep));
                }
            }
        }

        private void Blit(FrameBufferObject src, int x, int y, int key)
        {
            if (x >= _width || y >= _height || -x >= src._width || -y >= src._height)
            {
                return;
            }
            int x0 = x > 0 ? x : 0;
            int y0 = y > 0 ? y : 0;
            int x1 = x < 0 ? -x : 0;
            int y1 = y < 0 ? -y : 0;
            int x0end = x + src._width < _width ? x + src._width : _width;
            int y0end = y + src._height < _height ? y + src._height : _height;
            for (; y0 < y0end; y0++, y1++)
            {
                int cx1 = x1;
                for (int cx0 = x0; cx0 < x0end; cx0++, cx1++)
                {
                    int c = src.Get(cx1, y1);
                    if (c != key)
                    {
                        Set(cx0, y0, c);
                    }
                }
            }
        }

        private sealed class FrameBufferTable : NativeTable
        {
            private static FrameBufferTable s_instance;

            public static FrameBufferTable Instance
            {
                get { return s_instance ?? (s_instance = new FrameBufferTable()); }
            }

            private static readonly int[] s_argc = new int[] { 4, 1, 3, 4, 4, 5, 5, 5, 4, 2, 4 };

            private FrameBufferTable() : base(new string[]
            {
                "__init__", "fill", "pixel", "hline", "vline", "line", "rect", "fill_rect", "text", "scroll", "blit",
            })
            {
            }

            /// <summary>The member ids: each name's index in the table above (NativeTableIdTests checks the pairing).</summary>
            public static class Id
            {
                public const int Init = 0;
                public const int Fill = 1;
                public const int Pixel = 2;
                public const int HLine = 3;
                public const int VLine = 4;
                public const int Line = 5;
                public const int Rect = 6;
                public const int FillRect = 7;
                public const int Text = 8;
                public const int Scroll = 9;
                public const int Blit = 10;
            }

            public override object Construct(PyType cls, object[] args, int argc, int kwc)
            {
                FrameBufferObject f = new FrameBufferObject();
                if (argc > 0 || kwc > 0)
                {
                    object[] a = new object[argc + 1 + 2 * kwc];
                    System.Array.Copy(args, 0, a, 1, argc + 2 * kwc);
                    a[0] = f;
                    Call(0, a, argc + 1, kwc);
                }
                return f;
            }

            private static int I(object[] args, int i)
            {
                return (int)Ops.ToLong(args[i]);
            }

            public override object Call(int id, object[] args, int argc, int kwc)
            {
                string name = Names[id];
                int n = argc - 1;
                int max = s_argc[id];
                int min = id == Id.Pixel ? 2 : id == Id.Text || id == Id.Blit ? max - 1 : max;
                if (id == Id.Init)
                {
                    Ops.CheckArgs(name, n, kwc, 4, 5);
                    FrameBufferObject self0 = Ops.NativeSelf(args[0]) as FrameBufferObject;
                    if (self0 == null)
                    {
                        throw Err.Type("FrameBuffer required");
                    }
                    self0.Init(args, argc, kwc);
                    return PyNone.None;
                }
                Ops.CheckArgs(name, n, kwc, min, max);
                FrameBufferObject f = Bind(args[0]);
                switch (id)
                {
                    case Id.Fill:
                        f.FillRect(0, 0, f._width, f._height, I(args, 1));
                        break;
                    case Id.Pixel:
                        {
                            int x = I(args, 1);
                            int y = I(args, 2);
                            if (x < 0 || x >= f._width || y < 0 || y >= f._height)
                            {
                                break;
                            }
                            if (n == 2)
                            {
                                return PyInt.Create(f.Get(x, y));
                            }
                            f.Set(x, y, I(args, 3));
                            break;
                        }
                    case Id.HLine:
                        f.FillRect(I(args, 1), I(args, 2), I(args, 3), 1, I(args, 4));
                        break;
                    case Id.VLine:
                        f.FillRect(I(args, 1), I(args, 2), 1, I(args, 3), I(args, 4));
                        break;
                    case Id.Line:
                        f.Line(I(args, 1), I(args, 2), I(args, 3), I(args, 4), I(args, 5));
                        break;
                    case Id.Rect:
                        {
                            int x = I(args, 1), y = I(args, 2), w = I(args, 3), h = I(args, 4), c = I(args, 5);
                            if (w >= 1 && h >= 1)
                            {
                                f.FillRect(x, y, w, 1, c);
                                f.FillRect(x, y + h - 1, w, 1, c);
                                f.FillRect(x, y, 1, h, c);
                                f.FillRect(x + w - 1, y, 1, h, c);
                            }
                            break;
                        }
                    case Id.FillRect:
                        f.FillRect(I(args, 1), I(args, 2), I(args, 3), I(args, 4), I(args, 5));
                        break;
                    case Id.Text:
                        {
                            string s = args[1] as string;
                            if (s == null)
                            {
                                throw Err.Type("text() needs a str");
                            }
                            f.Text(s, I(args, 2), I(args, 3), n > 3 ? I(args, 4) : 1);
                            break;
                        }
                    case Id.Scroll:
                        f.Scroll(I(args, 1), I(args, 2));
                        break;
                    default:
                        {
                            FrameBufferObject src = Ops.NativeSelf(args[1]) as FrameBufferObject;
                            if (src == null)
                            {
                                throw Err.Type("blit() needs a FrameBuffer");
                            }
                            if (src != f)
                            {
                                Bind(src);
                            }
                            f.Blit(src, I(args, 2), I(args, 3), n > 3 ? I(args, 4) : -1);
                            break;
                        }
                }
                return PyNone.None;
            }
        }
    }
}
