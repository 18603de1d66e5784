using MicroPy.Objects;
using MicroPy.Compiler;

namespace MicroPy.Compiler
{
    /// <summary>Bytecode buffer with labels, constant/name pools, a line table and a stack-depth estimate.</summary>
    public sealed class Emitter
    {
        public byte[] Code = new byte[64];
        public int Pc;
        private object[] _consts = new object[8];
        private int[] _constIndex;
        private int _constIndexed;
        private int _constCount;
        private string[] _names = new string[8];
        private int _nameCount;
        private int[] _lines = new int[16];
        private int _lineCount;
        private int _lastLine = -1;
        private int[] _labels = new int[8];
        private int _labelCount;
        private int[] _fixups = new int[16];
        private int _fixupCount;
        public int Depth;
        public int MaxDepth;
        // Where the last instruction starts (for pair fusion), and the last position a label or line starts at.
        private int _lastOpPc = -1;
        private int _fenceP = -1;

        private void Byte(int b)
        {
            if (Pc == Code.Length)
            {
                byte[] g = new byte[Pc * 2];
                System.Array.Copy(Code, g, Pc);
                Code = g;
            }
            Code[Pc++] = (byte)b;
        }

        public void SetLine(int line)
        {
            if (line <= 0 || line == _lastLine)
            {
                return;
            }
            _lastLine = line;
            _fenceP = Pc;
            if (_lineCount + 2 > _lines.Length)
            {
                int[] g = new int[_lines.Length * 2];
                System.Array.Copy(_lines, g, _lineCount);
                _lines = g;
            }
            if (_lineCount >= 2 && _lines[_lineCount - 2] == Pc)
            {
                _lines[_lineCount - 1] = line;
                return;
            }
            _lines[_lineCount++] = Pc;
            _lines[_lineCount++] = line;
        }

        public int[] LineTable()
        {
            int[] r = new int[_lineCount];
            System.Array.Copy(_lines, r, _lineCount);
            return r;
        }

        private void Adjust(int delta)
        {
            Depth += delta;
            if (Depth > MaxDepth)
            {
                MaxDepth = Depth;
            }
        }

        public void Emit(byte op, int effect)
        {
            _lastOpPc = Pc;
            Byte(op);
            Adjust(effect);
        }

        public void EmitArg(byte op, int arg, int effect)
        {
            if (arg < 0 || arg > 0xFFFF)
            {
                throw Err.Syntax("code too large", null, _lastLine);
            }
            if (Fuse(op, arg))
            {
                Adjust(effect);
                return;
            }
            _lastOpPc = Pc;
            Byte(op);
            Byte(arg & 0xFF);
            Byte(arg >> 8);
            Adjust(effect);
        }

        /// <summary>Rewrites the previous instruction into a superinstruction that also does op(arg), when the
        /// previous one is a LOAD_FAST/STORE_FAST/LOAD_SMALL_INT on the same line with no jump target in between.</summary>
        private bool Fuse(byte op, int arg)
        {
            int at = _lastOpPc;
            if (at < 0 || at + 3 != Pc || _fenceP == Pc || arg > 255)
            {
                return false;
            }
            byte prev = Code[at];
            byte fused;
            if (prev == Opcodes.LoadSmallInt)
            {
                // Only a constant that fits a signed byte: its 16-bit operand's high byte is the sign extension.
                fused = Code[at + 2] == ((Code[at + 1] & 0x80) != 0 ? 0xFF : 0) ? FusedWithConstant(op) : (byte)0;
            }
            else
            {
                fused = Code[at + 2] == 0 ? FusedWithLocal(prev, op) : (byte)0;
            }
            if (fused == 0)
            {
                return false;
            }
            Code[at] = fused;
            Code[at + 2] = (byte)arg;
            _lastOpPc = -1;
            return true;
        }

        private static byte FusedWithConstant(byte op)
        {
            switch (op)
            {
                case Opcodes.BinaryOp:
                    return Opcodes.LoadSmallIntBinaryOp;
                case Opcodes.InplaceOp:
                    return Opcodes.LoadSmallIntInplaceOp;
                case Opcodes.CompareOp:
                    return Opcodes.LoadSmallIntCompareOp;
            }
            return 0;
        }

        /// <summary>The superinstruction for LOAD_FAST/STORE_FAST followed by op, or 0.</summary>
        private static byte FusedWithLocal(byte prev, byte op)
        {
            if (op == Opcodes.LoadFast)
            {
                if (prev == Opcodes.LoadFast)
                {
                    return Opcodes.LoadFast2;
                }
                return prev == Opcodes.StoreFast ? Opcodes.StoreFastLoadFast : (byte)0;
            }
            if (prev != Opcodes.LoadFast)
            {
                return 0;
            }
            switch (op)
            {
                case Opcodes.LoadAttr:
                    return Opcodes.LoadFastAttr;
                case Opcodes.LoadMethod:
                    return Opcodes.LoadFastMethod;
                case Opcodes.StoreAttr:
                    return Opcodes.LoadFastStoreAttr;
                case Opcodes.BinaryOp:
                    return Opcodes.LoadFastBinaryOp;
                case Opcodes.InplaceOp:
                    return Opcodes.LoadFastInplaceOp;
            }
            return 0;
        }

        public void EmitTwo(byte op, int a, int b, int effect)
        {
            if (a > 255 || b > 255)
            {
                throw Err.Syntax("too many arguments in call", null, _lastLine);
            }
            _lastOpPc = Pc;
            Byte(op);
            Byte(a);
            Byte(b);
            Adjust(effect);
        }

        public int NewLabel()
        {
            if (_labelCount == _labels.Length)
            {
                int[] g = new int[_labelCount * 2];
                System.Array.Copy(_labels, g, _labelCount);
                _labels = g;
            }
            _labels[_labelCount] = -1;
            return _labelCount++;
        }

        public void Mark(int label)
        {
            _labels[label] = Pc;
            _fenceP = Pc;
        }

        public void EmitJump(byte op, int label, int effect)
        {
            _lastOpPc = Pc;
            Byte(op);
            if (_fixupCount + 2 > _fixups.Length)
            {
                int[] g = new int[_fixups.Length * 2];
                System.Array.Copy(_fixups, g, _fixupCount);
                _fixups = g;
            }
            _fixups[_fixupCount++] = Pc;
            _fixups[_fixupCount++] = label;
            Byte(0);
            Byte(0);
            Adjust(effect);
        }

        public void ResolveJumps()
        {
            for (int i = 0; i < _fixupCount; i += 2)
            {
                int at = _fixups[i];
                int target = _labels[_fixups[i + 1]];
                if (target > 0xFFFF)
                {
                    throw Err.Syntax("code too large", null, _lastLine);
                }
                Code[at] = (byte)(target & 0xFF);
                Code[at + 1] = (byte)(target >> 8);
            }
        }

        public int Const(object value)
        {
            bool shareable = value is string || value is PyInt || value is PyFloat;
            if (shareable && _constCount >= 8)
            {
                return IndexedConst(value);
            }
            for (int i = 0; i < _constCount; i++)
            {
                if (_consts[i] == value || (shareable && SameConst(_consts[i], value)))
                {
                    return i;
                }
            }
            return AppendConst(value);
        }

        // Equal-valued constants of the same type share a slot (not 1 and 1.0, not True and 1, not 0.0 and -0.0).
        private static bool SameConst(object c, object value)
        {
            return c != null && c.GetType() == value.GetType() && Ops.Eq(c, value) && IsNegZero(c) == IsNegZero(value);
        }

        private int AppendConst(object value)
        {
            if (_constCount == _consts.Length)
            {
                object[] g = new object[_constCount * 2];
                System.Array.Copy(_consts, g, _constCount);
                _consts = g;
            }
            _consts[_constCount] = value;
            return _constCount++;
        }

        // Large pools (generated tables, long scripts) look shareable constants up in an open-addressed index of
        // slot numbers + 1, so compiling stays linear; small pools are scanned.
        private int IndexedConst(object value)
        {
            if (_constIndex == null || _constIndexed * 2 >= _constIndex.Length)
            {
                int size = 32;
                while (size < _constCount * 4)
                {
                    size *= 2;
                }
                _constIndex = new int[size];
                _constIndexed = 0;
                for (int k = 0; k < _constCount; k++)
                {
                    object c = _consts[k];
                    if (c is string || c is PyInt || c is PyFloat)
                    {
                        int at = Ops.Hash(c) & (size - 1);
                        while (_constIndex[at] != 0)
                        {
                            at = (at + 1) & (size - 1);
                        }
                        _constIndex[at] = k + 1;
                        _constIndexed++;
                    }
                }
            }
            int mask = _constIndex.Length - 1;
            int h = Ops.Hash(value) & mask;
            while (_constIndex[h] != 0)
            {
                object c = _consts[_constIndex[h] - 1];
                if (c == value || SameConst(c, value))
                {
                    return _constIndex[h] - 1;
                }
                h = (h + 1) & mask;
            }
            int slot = AppendConst(value);
            _constIndex[h] = slot + 1;
            _constIndexed++;
            return slot;
        }

        private static bool IsNegZero(object o)
        {
            PyFloat f = o as PyFloat;
            return f != null && f.Value == 0 && System.BitConverter.DoubleToInt64Bits(f.Value) < 0;
        }

        public object[] Consts()
        {
            object[] r = new object[_constCount];
            System.Array.Copy(_consts, r, _constCount);
            return r;
        }

        public int Name(string name)
        {
            for (int i = 0; i < _nameCount; i++)
            {
                if ((object)_names[i] == (object)name || _names[i] == name)
                {
                    return i;
                }
            }
            if (_nameCount == _names.Length)
            {
                string[] g = new string[_nameCount * 2];
                System.Array.Copy(_names, g, _nameCount);
                _names = g;
            }
            _names[_nameCount] = Qstr.Intern(name);
            return _nameCount++;
        }

        public string[] Names()
        {
            string[] r = new string[_nameCount];
            System.Array.Copy(_names, r, _nameCount);
            return r;
        }

        public byte[] Bytes()
        {
            byte[] r = new byte[Pc];
            System.Array.Copy(Code, r, Pc);
            return r;
        }

        /// <summary>The VM's decoded form of code: at each instruction's offset one int, the opcode in bits 0-7, the
        /// instruction's length (1 or 3) in bits 8-9 and its argument from bit 10 (other offsets hold 0). One array
        /// read per dispatch instead of up to three, and no operand assembly: on nanoCLR each array read and each IL
        /// instruction of the dispatch is paid per Python instruction.</summary>
        public static int[] Words(byte[] code)
        {
            int[] w = new int[code.Length];
            int pc = 0;
            while (pc < code.Length)
            {
                int op = code[pc];
                if (op >= Opcodes.WithArg && pc + 2 < code.Length)
                {
                    w[pc] = op | (3 << 8) | ((code[pc + 1] | (code[pc + 2] << 8)) << 10);
                    pc += 3;
                }
                else
                {
                    w[pc] = op | (1 << 8);
                    pc++;
                }
            }
            return w;
        }
    }
}
