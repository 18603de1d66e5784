namespace MicroPy.Objects
{
    /// <summary>int arithmetic: a long fast path with overflow detection, falling back to sign-magnitude bignums.</summary>
    public static class IntOps
    {
        public static bool IsInt(object o)
        {
            return o is PyInt || o is PyBigInt || o is PyBool;
        }

        private static bool Small(object o, out long v)
        {
            PyInt i = o as PyInt;
            if (i != null)
            {
                v = i.Value;
                return true;
            }
            PyBool b = o as PyBool;
            if (b != null)
            {
                v = b.Value ? 1 : 0;
                return true;
            }
            v = 0;
            return false;
        }

        public static object Binary(int op, object a, object b)
        {
            if (a is PyFloat || b is PyFloat)
            {
                if ((a is PyFloat || IsInt(a)) && (b is PyFloat || IsInt(b)))
                {
                    return FloatOps.Binary(op, Ops.ToDouble(a), Ops.ToDouble(b));
                }
                return Ops.NotImplemented;
            }
            if (a is PyComplex || b is PyComplex)
            {
                return Ops.NotImplemented;
            }
            long x;
            long y;
            if (Small(a, out x) && Small(b, out y))
            {
                return LongOp(op, x, y);
            }
            bool an;
            uint[] am;
            bool bn;
            uint[] bm;
            if (!PyBigInt.Split(a, out an, out am) || !PyBigInt.Split(b, out bn, out bm))
            {
                return Ops.NotImplemented;
            }
            return BigOp(op, an, am, bn, bm);
        }

        public static object LongOp(int op, long x, long y)
        {
            long z;
            switch (op)
            {
                case PyOp.Add:
                    z = x + y;
                    if (((x ^ z) & (y ^ z)) < 0)
                    {
                        break;
                    }
                    return PyInt.Create(z);
                case PyOp.Sub:
                    z = x - y;
                    if (((x ^ y) & (x ^ z)) < 0)
                    {
                        break;
                    }
                    return PyInt.Create(z);
                case PyOp.Mul:
                    if (x >= int.MinValue && x <= int.MaxValue && y >= int.MinValue && y <= int.MaxValue)
                    {
                        return PyInt.Create(x * y);
                    }
                    if (x == 0 || y == 0)
                    {
                        return PyInt.Create(0);
                    }
                    z = x * y;
                    if (x != long.MinValue && y != long.MinValue && z / y == x && !(x == -1 && y == long.MinValue))
                    {
                        return PyInt.Create(z);
                    }
                    break;
                case PyOp.FloorDiv:
                case PyOp.Mod:
                    if (y == 0)
                    {
                        throw Err.ZeroDivision(op == PyOp.Mod ? "integer modulo by zero" : "integer division or modulo by zero");
                    }
                    if (y == -1)
                    {
                        if (op == PyOp.Mod)
                        {
                            return PyInt.Create(0);
                        }
                        if (x == long.MinValue)
                        {
                            break;
                        }
                        return PyInt.Create(-x);
                    }
                    {
                        long q = x / y;
                        long r = x % y;
                        if (r != 0 && ((r ^ y) < 0))
                        {
                            q--;
                            r += y;
                        }
                        return PyInt.Create(op == PyOp.Mod ? r : q);
                    }
                case PyOp.TrueDiv:
                    if (y == 0)
                    {
                        throw Err.ZeroDivision("division by zero");
                    }
                    if ((x < 0 ? -x : x) < (1L << 53) && (y < 0 ? -y : y) < (1L << 53))
                    {
                        return new PyFloat((double)x / y);
                    }
                    break;
                case PyOp.Pow:
                    if (y < 0)
                    {
                        return FloatOps.Binary(PyOp.Pow, x, y);
                    }
                    {
                        long result = 1;
                        long bas = x;
                        long e = y;
                        bool overflow = false;
                        while (e > 0)
                        {
                            if ((e & 1) != 0)
                            {
                                if (!MulFits(result, bas))
                                {
                                    overflow = true;
                                    break;
                                }
                                result *= bas;
                            }
                            e >>= 1;
                            if (e > 0)
                            {
                                if (!MulFits(bas, bas))
                                {
                                    overflow = true;
                                    break;
                                }
                                bas *= bas;
                            }
                        }
                        if (!overflow)
                        {
                            return PyInt.Create(result);
                        }
                    }
                    break;
                case PyOp.LShift:
                    if (y < 0)
                    {
                        throw Err.Value("negative shift count");
                    }
                    if (x == 0)
                    {
                        return PyInt.Create(0);
                    }
                    if (y < 63)
                    {
                        z = x << (int)y;
                        if ((z >> (int)y) == x)
                        {
                            return PyInt.Create(z);
                        }
                    }
                    break;
                case PyOp.RShift:
                    if (y < 0)
                    {
                        throw Err.Value("negative shift count");
                    }
                    return PyInt.Create(y > 63 ? (x < 0 ? -1 : 0) : x >> (int)y);
                case PyOp.And:
                    return PyInt.Create(x & y);
                case PyOp.Or:
                    return PyInt.Create(x | y);
                case PyOp.Xor:
                    return PyInt.Create(x ^ y);
                default:
                    return Ops.NotImplemented;
            }
            bool an;
            uint[] am;
            bool bn;
            uint[] bm;
            PyBigInt.FromLong(x, out an, out am);
            PyBigInt.FromLong(y, out bn, out bm);
            return BigOp(op, an, am, bn, bm);
        }

        private static bool MulFits(long a, long b)
        {
            if (a == 0 || b == 0)
            {
                return true;
            }
            if (a >= int.MinValue && a <= int.MaxValue && b >= int.MinValue && b <= int.MaxValue)
            {
                return true;
            }
            if (a == long.MinValue || b == long.MinValue)
            {
                return false;
            }
            long z = a * b;
            return z / b == a;
        }

        private static object AddSigned(bool an, uint[] am, bool bn, uint[] bm)
        {
            if (an == bn)
            {
                return PyBigInt.Make(an, BigNat.Add(am, bm));
            }
            int c = BigNat.Compare(am, bm);
            if (c == 0)
            {
                return PyInt.Create(0);
            }
            return c > 0 ? PyBigInt.Make(an, BigNat.Sub(am, bm)) : PyBigInt.Make(bn, BigNat.Sub(bm, am));
        }

        public static object BigOp(int op, bool an, uint[] am, bool bn, uint[] bm)
        {
            switch (op)
            {
                case PyOp.Add:
                    return AddSigned(an, am, bn, bm);
                case PyOp.Sub:
                    return AddSigned(an, am, !bn && bm.Length > 0, bm);
                case PyOp.Mul:
                    return PyBigInt.Make(an != bn, BigNat.Mul(am, bm));
                case PyOp.FloorDiv:
                case PyOp.Mod:
                    {
                        if (bm.Length == 0)
                        {
                            throw Err.ZeroDivision(op == PyOp.Mod ? "integer modulo by zero" : "integer division or modulo by zero");
                        }
                        uint[] rem;
                        uint[] q = BigNat.DivMod(am, bm, out rem);
                        bool qneg = an != bn;
                        if (qneg && rem.Length != 0)
                        {
                            q = BigNat.Add(q, new uint[] { 1 });
                            rem = BigNat.Sub(bm, rem);
                        }
                        if (op == PyOp.FloorDiv)
                        {
                            return PyBigInt.Make(qneg, q);
                        }
                        return PyBigInt.Make(bn, rem);
                    }
                case PyOp.TrueDiv:
                    {
                        if (bm.Length == 0)
                        {
                            throw Err.ZeroDivision("division by zero");
                        }
                        double d = BigNat.RatioToDouble(am, bm);
                        if (double.IsInfinity(d))
                        {
                            throw Err.Overflow("integer division result too large for a float");
                        }
                        return new PyFloat(an != bn ? -d : d);
                    }
                case PyOp.Pow:
                    {
                        if (bn)
                        {
                            return FloatOps.Binary(PyOp.Pow, ToDouble(an, am), ToDouble(bn, bm));
                        }
                        if (bm.Length > 1)
                        {
                            if (am.Length == 0 || (am.Length == 1 && am[0] == 1))
                            {
                                return PyBigInt.Make(an && (bm[0] & 1) != 0, am);
                            }
                            throw Err.Memory("exponent too large");
                        }
                        long e = bm.Length == 0 ? 0 : bm[0];
                        if ((long)BigNat.BitLength(am) * e > 64L * 1024 * 1024)
                        {
                            throw Err.Memory("result too large");
                        }
                        return PyBigInt.Make(an && (e & 1) != 0, BigNat.Pow(am, e));
                    }
                case PyOp.LShift:
                    {
                        if (bn)
                        {
                            throw Err.Value("negative shift count");
                        }
                        if (bm.Length > 1 || (bm.Length == 1 && bm[0] > 64 * 1024 * 1024))
                        {
                            throw Err.Overflow("too many digits in integer");
                        }
                        return PyBigInt.Make(an, BigNat.ShiftLeft(am, bm.Length == 0 ? 0 : (int)bm[0]));
                    }
                case PyOp.RShift:
                    {
                        if (bn)
                        {
                            throw Err.Value("negative shift count");
                        }
                        int n = bm.Length > 1 || (bm.Length == 1 && bm[0] > int.MaxValue) ? int.MaxValue : (bm.Length == 0 ? 0 : (int)bm[0]);
                        if (!an)
                        {
                            return PyBigInt.Make(false, BigNat.ShiftRight(am, n));
                        }
                        // Floor for negatives: -(((|a| - 1) >> n) + 1).
                        uint[] t = BigNat.ShiftRight(BigNat.Sub(am, new uint[] { 1 }), n);
                        return PyBigInt.Make(true, BigNat.Add(t, new uint[] { 1 }));
                    }
                case PyOp.And:
                case PyOp.Or:
                case PyOp.Xor:
                    return Bitwise(op, an, am, bn, bm);
            }
            return Ops.NotImplemented;
        }

        private static double ToDouble(bool neg, uint[] mag)
        {
            double d = BigNat.RatioToDouble(mag, new uint[] { 1 });
            return neg ? -d : d;
        }

        /// <summary>Two's complement words (width words) of a signed magnitude.</summary>
        private static uint[] TwosComplement(bool neg, uint[] mag, int width)
        {
            uint[] r = new uint[width];
            for (int i = 0; i < mag.Length; i++)
            {
                r[i] = mag[i];
            }
            if (neg)
            {
                ulong carry = 1;
                for (int i = 0; i < width; i++)
                {
                    ulong v = (ulong)(~r[i]) + carry;
                    r[i] = (uint)v;
                    carry = v >> 32;
                }
            }
            return r;
        }

        private static object Bitwise(int op, bool an, uint[] am, bool bn, uint[] bm)
        {
            int width = (am.Length > bm.Length ? am.Length : bm.Length) + 1;
            uint[] a = TwosComplement(an, am, width);
            uint[] b = TwosComplement(bn, bm, width);
            uint[] r = new uint[width];
            for (int i = 0; i < width; i++)
            {
                r[i] = op == PyOp.And ? a[i] & b[i] : op == PyOp.Or ? a[i] | b[i] : a[i] ^ b[i];
            }
            bool neg = (r[width - 1] & 0x80000000u) != 0;
            if (neg)
            {
                ulong carry = 1;
                for (int i = 0; i < width; i++)
                {
                    ulong v = (ulong)(~r[i]) + carry;
                    r[i] = (uint)v;
                    carry = v >> 32;
                }
            }
            return PyBigInt.Make(neg, BigNat.Trim(r, width));
        }

        public static object Unary(int op, object a)
        {
            bool an;
            uint[] am;
            PyBigInt.Split(a, out an, out am);
            switch (op)
            {
                case PyOp.Neg:
                    return PyBigInt.Make(!an && am.Length > 0, am);
                case PyOp.Pos:
                    return PyBigInt.Make(an, am);
                case PyOp.Invert:
                    // ~x == -x - 1
                    return AddSigned(!an && am.Length > 0, am, true, new uint[] { 1 });
            }
            return Ops.NotImplemented;
        }

        /// <summary>Sign of a - b for two ints.</summary>
        public static int CompareInts(object a, object b)
        {
            long x;
            long y;
            if (Small(a, out x) && Small(b, out y))
            {
                return x < y ? -1 : x > y ? 1 : 0;
            }
            bool an;
            uint[] am;
            bool bn;
            uint[] bm;
            PyBigInt.Split(a, out an, out am);
            PyBigInt.Split(b, out bn, out bm);
            if (an != bn)
            {
                return an ? -1 : 1;
            }
            int c = BigNat.Compare(am, bm);
            return an ? -c : c;
        }

        public static object Compare(int op, object a, object b)
        {
            if (IsInt(a) && IsInt(b))
            {
                return PyBool.From(Holds(op, CompareInts(a, b)));
            }
            if ((a is PyFloat && IsInt(b)) || (IsInt(a) && b is PyFloat))
            {
                return FloatOps.CompareMixed(op, a, b);
            }
            if (op == PyOp.Eq && b is PyComplex)
            {
                return PyBool.From(((PyComplex)b).Imag == 0 && ((PyComplex)b).Real == Ops.ToDouble(a));
            }
            if (op == PyOp.Ne && b is PyComplex)
            {
                return PyBool.From(!(((PyComplex)b).Imag == 0 && ((PyComplex)b).Real == Ops.ToDouble(a)));
            }
            return Ops.NotImplemented;
        }

        public static bool Holds(int op, int c)
        {
            switch (op)
            {
                case PyOp.Lt: return c < 0;
                case PyOp.Le: return c <= 0;
                case PyOp.Eq: return c == 0;
                case PyOp.Ne: return c != 0;
                case PyOp.Gt: return c > 0;
                default: return c >= 0;
            }
        }

        /// <summary>int(str, base) with whitespace, sign, base prefixes for base 0/2/8/16 and CPython's error text.</summary>
        public static object ParseInt(string s, int radix)
        {
            int start = 0;
            int end = s.Length;
            while (start < end && PyStr.IsSpace(s[start]))
            {
                start++;
            }
            while (end > start && PyStr.IsSpace(s[end - 1]))
            {
                end--;
            }
            int i = start;
            bool neg = false;
            if (i < end && (s[i] == '+' || s[i] == '-'))
            {
                neg = s[i] == '-';
                i++;
            }
            int r = radix;
            if (i + 1 < end && s[i] == '0')
            {
                char p = (char)(s[i + 1] | 0x20);
                if ((p == 'x' && (r == 16 || r == 0)) || (p == 'o' && (r == 8 || r == 0)) || (p == 'b' && (r == 2 || r == 0)))
                {
                    r = p == 'x' ? 16 : p == 'o' ? 8 : 2;
                    i += 2;
                    if (i < end && s[i] == '_')
                    {
                        i++;
                    }
                }
            }
            if (r == 0)
            {
                r = 10;
                if (i + 1 < end && s[i] == '0')
                {
                    for (int k = i; k < end; k++)
                    {
                        if (s[k] != '0' && s[k] != '_')
                        {
                            throw Bad(s, radix);
                        }
                    }
                }
            }
            if (i >= end)
            {
                throw Bad(s, radix);
            }
            int first = i;
            long small = 0;
            bool big = false;
            bool lastUnderscore = true;
            for (; i < end; i++)
            {
                char c = s[i];
                if (c == '_')
                {
                    if (lastUnderscore)
                    {
                        throw Bad(s, radix);
                    }
                    lastUnderscore = true;
                    continue;
                }
                lastUnderscore = false;
                int d = Numbers.DigitValue(c);
                if (d < 0 || d >= r)
                {
                    throw Bad(s, radix);
                }
                if (!big && small <= (long.MaxValue - d) / r)
                {
                    small = small * r + d;
                    continue;
                }
                big = true;
            }
            if (lastUnderscore)
            {
                throw Bad(s, radix);
            }
            if (!big)
            {
                return PyInt.Create(neg ? -small : small);
            }
            return PyBigInt.Make(neg, BigNat.FromDigits(s, first, end, r));
        }

        public static PyException Bad(string s, int radix)
        {
            return Err.Value("invalid literal for int() with base " + Ops.IntToString(radix) + ": " + PyStr.Repr(s));
        }
    }
}
