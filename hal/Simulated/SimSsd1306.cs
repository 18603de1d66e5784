using System.Collections.Generic;
using System.Text;
using MicroPy.Objects;
using MicroPy.Values;
using MicroPy.Runtime;

namespace MicroPy.Hal.Simulated
{
    /// <summary>
    /// A simulated SSD1306 OLED controller on I2C (datasheet rev 1.1): every transfer starts with a control byte
    /// (Co bit 0x80: one byte follows, then another control byte; D/C# bit 0x40: data, else commands); commands
    /// take the argument counts of the datasheet's command table; data goes to the GDDRAM at the current column and
    /// page in horizontal, vertical or page addressing mode. The glass shows the RAM through segment remap (A0/A1),
    /// COM scan direction (C0/C8), inversion (A6/A7), entire-display-on (A4/A5) and display on/off (AE/AF); a module
    /// wired as the common 128x64 boards is upright with A1 and C8. Anything the datasheet does not define counts
    /// as a protocol error (errors()). sim.ssd1306(bus, addr=0x3c, width=128, height=64) attaches one; frame() gives
    /// the RAM (MONO_VLSB layout), text() the glass as '#'/'.' rows, pbm() the glass as a PBM (P4) image.
    /// </summary>
    public sealed class SimSsd1306 : PyObject, ISimI2cDevice
    {
        private static PyType s_type;

        private readonly int _w;
        private readonly int _h;
        private readonly byte[] _ram;
        private int _mode = 2;
        private int _col;
        private int _page;
        private int _colStart;
        private int _colEnd;
        private int _pageStart;
        private int _pageEnd;
        private bool _on;
        private bool _invert;
        private bool _allOn;
        private bool _remap;
        private bool _comFlip;
        private int _contrast = 0x7F;
        private int _errors;
        private readonly List<int> _cmd = new List<int>();

        public SimSsd1306(int width, int height)
        {
            _w = width;
            _h = height;
            _ram = new byte[width * height / 8];
            _colEnd = width - 1;
            _pageEnd = height / 8 - 1;
        }

        public override PyType Type
        {
            get { return s_type ?? (s_type = PyType.Native("SSD1306", Table.Instance, null)); }
        }

        public int Write(byte[] data, int offset, int count, bool stop)
        {
            int i = offset;
            int end = offset + count;
            while (i < end)
            {
                int control = data[i++];
                if ((control & 0x3F) != 0)
                {
                    // Not a control byte: the datasheet defines no meaning for the rest of the transfer.
                    _errors++;
                    break;
                }
                bool isData = (control & 0x40) != 0;
                int n = (control & 0x80) != 0 ? 1 : end - i;
                if ((control & 0x80) != 0 && i >= end)
                {
                    _errors++;
                }
                for (int k = 0; k < n && i < end; k++)
                {
                    if (isData)
                    {
                        Data(data[i++]);
                    }
                    else
                    {
                        Command(data[i++]);
                    }
                }
            }
            return count;
        }

        public int Read(byte[] data, int offset, int count, bool stop)
        {
            // Status byte: bit 6 is display off.
            for (int i = 0; i < count; i++)
            {
                data[offset + i] = (byte)(_on ? 0 : 0x40);
            }
            return count;
        }

        private void Data(int b)
        {
            _ram[_page * _w + _col] = (byte)b;
            if (_mode == 0)
            {
                if (++_col > _colEnd)
                {
                    _col = _colStart;
                    _page = _page >= _pageEnd ? _pageStart : _page + 1;
                }
            }
            else if (_mode == 1)
            {
                if (++_page > _pageEnd)
                {
                    _page = _pageStart;
                    _col = _col >= _colEnd ? _colStart : _col + 1;
                }
            }
            else if (_col < _w - 1)
            {
                _col++;
            }
        }

        private static int Args(int op)
        {
            switch (op)
            {
                case 0x20: case 0x81: case 0x8D: case 0xA8: case 0xD3: case 0xD5: case 0xD9: case 0xDA: case 0xDB:
                    return 1;
                case 0x21: case 0x22: case 0xA3:
                    return 2;
                case 0x29: case 0x2A:
                    return 5;
                case 0x26: case 0x27:
                    return 6;
            }
            return 0;
        }

        private void Command(int b)
        {
            _cmd.Add(b);
            int op = _cmd[0];
            if (_cmd.Count <= Args(op))
            {
                return;
            }
            int a1 = _cmd.Count > 1 ? _cmd[1] : 0;
            _cmd.Clear();
            if (op < 0x10)
            {
                _col = (_col & 0xF0) | op;
            }
            else if (op < 0x20)
            {
                _col = (_col & 0x0F) | ((op & 0x0F) << 4);
            }
            else if (op >= 0x40 && op < 0x80 || op >= 0x2E && op <= 0x2F || op == 0xE3 || op == 0x26 || op == 0x27
                || op == 0x29 || op == 0x2A || op == 0xA3 || op == 0xD3 || op == 0xD5 || op == 0xD9 || op == 0xDB
                || op == 0xA8 || op == 0xDA || op == 0x8D)
            {
                // start line, scrolling, timing and hardware configuration: no effect on the RAM view
            }
            else if (op >= 0xB0 && op <= 0xB7)
            {
                _page = op & 7;
            }
            else
            {
                switch (op)
                {
                    case 0x20:
                        _mode = b & 3;
                        if (_mode == 3)
                        {
                            _errors++;
                            _mode = 2;
                        }
                        break;
                    case 0x21:
                        _colStart = a1 & 0x7F;
                        _colEnd = b & 0x7F;
                        _col = _colStart;
                        break;
                    case 0x22:
                        _pageStart = a1 & 7;
                        _pageEnd = b & 7;
                        _page = _pageStart;
                        break;
                    case 0x81: _contrast = b; break;
                    case 0xA0: case 0xA1: _remap = op == 0xA1; break;
                    case 0xA4: case 0xA5: _allOn = op == 0xA5; break;
                    case 0xA6: case 0xA7: _invert = op == 0xA7; break;
                    case 0xAE: case 0xAF: _on = op == 0xAF; break;
                    case 0xC0: case 0xC8: _comFlip = op == 0xC8; break;
                    default: _errors++; break;
                }
            }
            if (_colEnd >= _w || _pageEnd >= _h / 8)
            {
                _errors++;
                _colEnd = _colEnd >= _w ? _w - 1 : _colEnd;
                _pageEnd = _pageEnd >= _h / 8 ? _h / 8 - 1 : _pageEnd;
            }
        }

        /// <summary>Whether glass pixel (x, y) is lit.</summary>
        public bool Lit(int x, int y)
        {
            if (!_on)
            {
                return false;
            }
            if (_allOn)
            {
                return true;
            }
            int col = _remap ? x : _w - 1 - x;
            int row = _comFlip ? y : _h - 1 - y;
            bool v = ((_ram[(row >> 3) * _w + col] >> (row & 7)) & 1) != 0;
            return v != _invert;
        }

        private sealed class Table : NativeTable
        {
            public static readonly Table Instance = new Table();

            private Table() : base(new string[] { "frame", "pixel", "text", "pbm", "on", "contrast", "inverted", "errors" })
            {
            }

            /// <summary>The member ids: each name's index in the table above (NativeTableIdTests checks the pairing).</summary>
            public static class Id
            {
                public const int Frame = 0;
                public const int Pixel = 1;
                public const int Text = 2;
                public const int Pbm = 3;
                public const int On = 4;
                public const int Contrast = 5;
                public const int Inverted = 6;
                public const int Errors = 7;
            }

            public override object Call(int id, object[] args, int argc, int kwc)
            {
                SimSsd1306 d = (SimSsd1306)Ops.NativeSelf(args[0]);
                switch (id)
                {
                    case Id.Frame:
                        Ops.CheckArgs("frame", argc - 1, kwc, 0, 0);
                        return new PyBytes((byte[])d._ram.Clone());
                    case Id.Pixel:
                        {
                            Ops.CheckArgs("pixel", argc - 1, kwc, 2, 2);
                            long x = Ops.ToLong(args[1]);
                            long y = Ops.ToLong(args[2]);
                            if (x < 0 || y < 0 || x >= d._w || y >= d._h)
                            {
                                throw Err.Value("pixel outside the display");
                            }
                            return PyInt.Create(d.Lit((int)x, (int)y) ? 1 : 0);
                        }
                    case Id.Text:
                        {
                            Ops.CheckArgs("text", argc - 1, kwc, 0, 0);
                            StringBuilder sb = new StringBuilder();
                            for (int y = 0; y < d._h; y++)
                            {
                                for (int x = 0; x < d._w; x++)
                                {
                                    sb.Append(d.Lit(x, y) ? '#' : '.');
                                }
                                sb.Append('\n');
                            }
                            return sb.ToString();
                        }
                    case Id.Pbm:
                        {
                            Ops.CheckArgs("pbm", argc - 1, kwc, 0, 0);
                            byte[] head = Encoding.ASCII.GetBytes("P4\n" + d._w + " " + d._h + "\n");
                            int rowBytes = (d._w + 7) / 8;
                            byte[] img = new byte[head.Length + rowBytes * d._h];
                            head.CopyTo(img, 0);
                            for (int y = 0; y < d._h; y++)
                            {
                                for (int x = 0; x < d._w; x++)
                                {
                                    if (d.Lit(x, y))
                                    {
                                        img[head.Length + y * rowBytes + x / 8] |= (byte)(0x80 >> (x & 7));
                                    }
                                }
                            }
                            return new PyBytes(img);
                        }
                    case Id.On:
                        return PyBool.From(d._on);
                    case Id.Contrast:
                        return PyInt.Create(d._contrast);
                    case Id.Inverted:
                        return PyBool.From(d._invert);
                    default:
                        return PyInt.Create(d._errors);
                }
            }
        }
    }
}
