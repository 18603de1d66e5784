namespace MicroPy.Objects
{
    /// <summary>
    /// The runtime's generic operations on Python values (MicroPython's runtime.c): dispatch, fast paths for the
    /// common builtin types, and the Python protocol rules (reflected operators, NotImplemented, rich compare).
    /// </summary>
    public static partial class Ops
    {
        public static readonly PySingleton NotImplemented = new PySingleton("NotImplementedType", "NotImplemented");
        public static readonly PySingleton Ellipsis = new PySingleton("ellipsis", "Ellipsis");

        // ---- types ----

        public static PyType TypeOf(object o)
        {
            PyObject p = o as PyObject;
            if (p != null)
            {
                return p.Type;
            }
            if (o is string)
            {
                return PyStr.TypeObject;
            }
            throw Err.Runtime("not a Python value: " + (o == null ? "null" : o.GetType().Name));
        }

        public static string TypeName(object o)
        {
            return TypeOf(o).Name;
        }

        public static bool IsInstance(object o, PyType t)
        {
            return TypeOf(o).IsSubtypeOf(t);
        }

        /// <summary>For native methods: the builtin object behind a user subclass instance (class L(list)).</summary>
        public static object NativeSelf(object o)
        {
            PyInstance inst = o as PyInstance;
            if (inst != null && inst.Native != null)
            {
                return inst.Native;
            }
            return o;
        }

        // ---- truth, hash, equality, text ----

        public static bool IsTrue(object o)
        {
            if (o == (object)PyBool.True)
            {
                return true;
            }
            if (o == (object)PyBool.False || o == (object)PyNone.None)
            {
                return false;
            }
            PyObject p = o as PyObject;
            if (p != null)
            {
                return p.IsTrue();
            }
            return ((string)o).Length != 0;
        }

        public static int Hash(object o)
        {
            string s = o as string;
            if (s != null)
            {
                return PyStr.Hash(s);
            }
            return ((PyObject)o).Hash();
        }

        public static bool Eq(object a, object b)
        {
            if (a == b)
            {
                // NaN is the only value not equal to itself; identity implies equality for containers (as CPython).
                PyFloat f = a as PyFloat;
                return f == null || !double.IsNaN(f.Value);
            }
            string sa = a as string;
            if (sa != null)
            {
                string sb = b as string;
                return sb != null && sa.Length == sb.Length && string.Equals(sa, sb);
            }
            PyInt ia = a as PyInt;
            if (ia != null)
            {
                PyInt ib = b as PyInt;
                if (ib != null)
                {
                    return ia.Value == ib.Value;
                }
            }
            return IsTrue(Compare(PyOp.Eq, a, b));
        }

        public static string Repr(object o)
        {
            string s = o as string;
            if (s != null)
            {
                return PyStr.Repr(s);
            }
            return ((PyObject)o).Repr();
        }

        /// <summary>Appends repr(o) to sb. Nested containers write into one buffer, so repr of a structure costs
        /// time and memory linear in its text (each level returning its own string made it depth x length).</summary>
        public static void ReprInto(object o, StrBuf sb)
        {
            string s = o as string;
            if (s != null)
            {
                sb.Append(PyStr.Repr(s));
                return;
            }
            ((PyObject)o).ReprInto(sb);
        }

        public static string Str(object o)
        {
            string s = o as string;
            if (s != null)
            {
                return s;
            }
            return ((PyObject)o).Str();
        }

        // Recursion guard for repr of self-containing containers.
        private static object[] s_reprStack = new object[8];
        private static int s_reprDepth;

        /// <summary>Nesting allowed to native operations that recurse into their operands (repr, ==, &lt;, hash of
        /// containers, iterators over iterators): the same on every platform, within a device's stack.</summary>
        public const int MaxNativeDepth = Limits.NativeDepth;

        private static int s_nativeDepth;

        /// <summary>Enters one level of native recursion (pair with NativeLeave in a finally).</summary>
        public static void NativeEnter()
        {
            if (s_nativeDepth >= MaxNativeDepth)
            {
                throw Err.Runtime("maximum recursion depth exceeded");
            }
            s_nativeDepth++;
        }

        public static void NativeLeave()
        {
            s_nativeDepth--;
        }

        /// <summary>Next of an iterator that an iterator wraps (map, filter, zip, enumerate nest without limit).</summary>
        public static object NextNested(object it)
        {
            NativeEnter();
            try
            {
                return Next(it);
            }
            finally
            {
                s_nativeDepth--;
            }
        }

        /// <summary>Forgets native recursion after a host-level abort.</summary>
        public static void ResetNesting()
        {
            s_nativeDepth = 0;
            while (s_reprDepth > 0)
            {
                s_reprStack[--s_reprDepth] = null;
            }
        }

        /// <summary>False when o is being repr'd already (a cycle); RuntimeError when containers nest too deep.</summary>
        public static bool ReprEnter(object o)
        {
            if (s_reprDepth >= MaxNativeDepth)
            {
                throw Err.Runtime("maximum recursion depth exceeded");
            }
            for (int i = 0; i < s_reprDepth; i++)
            {
                if (s_reprStack[i] == o)
                {
                    return false;
                }
            }
            if (s_reprDepth == s_reprStack.Length)
            {
                object[] g = new object[s_reprDepth * 2];
                System.Array.Copy(s_reprStack, g, s_reprDepth);
                s_reprStack = g;
            }
            s_reprStack[s_reprDepth++] = o;
            return true;
        }

        public static void ReprLeave(object o)
        {
            if (s_reprDepth > 0)
            {
                s_reprStack[--s_reprDepth] = null;
            }
        }

        // ---- operators ----

        public static object BinaryOp(int op, object a, object b)
        {
            object r = TryBinaryOp(op, a, b);
            if (r == (object)NotImplemented)
            {
                throw Err.Type("unsupported operand type(s) for " + PyOp.Symbol(op) + ": '" + TypeName(a) + "' and '" + TypeName(b) + "'");
            }
            return r;
        }

        /// <summary>a op b by the operands' methods and reflected methods, or NotImplemented.</summary>
        private static object TryBinaryOp(int op, object a, object b)
        {
            object r;
            PyObject pa = a as PyObject;
            PyObject pb = b as PyObject;
            // A right operand whose type is a proper subclass of the left's gets the first try (Python rule).
            PyType ta = pa != null ? pa.Type : a is string ? PyStr.TypeObject : null;
            if (pb != null && ta != null && pb.Type != ta && pb.Type.IsSubtypeOf(ta))
            {
                r = pb.ReflectedOp(op, a);
                if (r != (object)NotImplemented)
                {
                    return r;
                }
                pb = null;
            }
            if (pa != null)
            {
                r = pa.BinaryOp(op, b);
            }
            else
            {
                r = PyStr.BinaryOp(op, (string)a, b);
            }
            if (r != (object)NotImplemented)
            {
                return r;
            }
            if (pb != null)
            {
                r = pb.ReflectedOp(op, a);
            }
            else if (b is string)
            {
                r = PyStr.ReflectedOp(op, (string)b, a);
            }
            return r;
        }

        public static object InplaceOp(int op, object a, object b)
        {
            PyObject pa = a as PyObject;
            if (pa != null)
            {
                object r = pa.InplaceOp(op, b);
                if (r != (object)NotImplemented)
                {
                    return r;
                }
            }
            object res = TryBinaryOp(op, a, b);
            if (res == (object)NotImplemented)
            {
                throw Err.Type("unsupported operand type(s) for " + PyOp.Symbol(op) + "=: '" + TypeName(a) + "' and '" + TypeName(b) + "'");
            }
            return res;
        }

        public static object UnaryOp(int op, object a)
        {
            if (op == PyOp.Not)
            {
                return PyBool.From(!IsTrue(a));
            }
            PyObject pa = a as PyObject;
            if (pa != null)
            {
                object r = pa.UnaryOp(op);
                if (r != (object)NotImplemented)
                {
                    return r;
                }
            }
            throw Err.Type("bad operand type for " + PyOp.Symbol(op) + ": '" + TypeName(a) + "'");
        }

        /// <summary>Any comparison operator incl. is / is not / in / not in. Returns a Python object.</summary>
        public static object Compare(int op, object a, object b)
        {
            switch (op)
            {
                case PyOp.Is:
                    return PyBool.From(IsSame(a, b));
                case PyOp.IsNot:
                    return PyBool.From(!IsSame(a, b));
                case PyOp.In:
                    return PyBool.From(Contains(b, a));
                case PyOp.NotIn:
                    return PyBool.From(!Contains(b, a));
            }
            object r;
            PyObject pa = a as PyObject;
            PyObject pb = b as PyObject;
            int swapped = PyOp.Swapped(op);
            PyType ta = pa != null ? pa.Type : a is string ? PyStr.TypeObject : null;
            if (pb != null && ta != null && pb.Type != ta && pb.Type.IsSubtypeOf(ta))
            {
                r = pb.Compare(swapped, a);
                if (r != (object)NotImplemented)
                {
                    return r;
                }
            }
            r = pa != null ? pa.Compare(op, b) : PyStr.Compare(op, (string)a, b);
            if (r != (object)NotImplemented)
            {
                return r;
            }
            r = pb != null ? pb.Compare(swapped, a) : PyStr.Compare(swapped, (string)b, a);
            if (r != (object)NotImplemented)
            {
                return r;
            }
            if (op == PyOp.Eq)
            {
                return PyBool.From(a == b);
            }
            if (op == PyOp.Ne)
            {
                return PyBool.From(a != b);
            }
            throw Err.Type("'" + PyOp.Symbol(op) + "' not supported between instances of '" + TypeName(a) + "' and '" + TypeName(b) + "'");
        }

        /// <summary>a &lt; b as a C# bool (sorting, min/max).</summary>
        public static bool Lt(object a, object b)
        {
            PyInt ia = a as PyInt;
            if (ia != null)
            {
                PyInt ib = b as PyInt;
                if (ib != null)
                {
                    return ia.Value < ib.Value;
                }
            }
            string sa = a as string;
            if (sa != null)
            {
                string sb = b as string;
                if (sb != null)
                {
                    return Ops.CompareStr(sa, sb) < 0;
                }
            }
            return IsTrue(Compare(PyOp.Lt, a, b));
        }

        /// <summary>'is': identity, except that equal small ints and equal interned strings are the same object.</summary>
        public static bool IsSame(object a, object b)
        {
            if (a == b)
            {
                return true;
            }
            PyInt ia = a as PyInt;
            if (ia != null)
            {
                PyInt ib = b as PyInt;
                return ib != null && ia.Value == ib.Value && ia.Value >= -5 && ia.Value <= 256;
            }
            return false;
        }

        public static bool Contains(object container, object item)
        {
            string s = container as string;
            if (s != null)
            {
                return PyStr.Contains(s, item);
            }
            return ((PyObject)container).Contains(item);
        }

        /// <summary>Lexicographic comparison of two sequences (list, tuple).</summary>
        public static object CompareSeq(int op, object[] a, int na, object[] b, int nb)
        {
            int n = na < nb ? na : nb;
            int i = 0;
            if (n > 0)
            {
                NativeEnter();
                try
                {
                    while (i < n && (a[i] == b[i] || Eq(a[i], b[i])))
                    {
                        i++;
                    }
                    if (i < n && op != PyOp.Eq && op != PyOp.Ne)
                    {
                        return Compare(op, a[i], b[i]);
                    }
                }
                finally
                {
                    NativeLeave();
                }
            }
            if (i >= na || i >= nb)
            {
                switch (op)
                {
                    case PyOp.Lt: return PyBool.From(na < nb);
                    case PyOp.Le: return PyBool.From(na <= nb);
                    case PyOp.Eq: return PyBool.From(na == nb);
                    case PyOp.Ne: return PyBool.From(na != nb);
                    case PyOp.Gt: return PyBool.From(na > nb);
                    case PyOp.Ge: return PyBool.From(na >= nb);
                }
            }
            if (op == PyOp.Eq)
            {
                return PyBool.False;
            }
            if (op == PyOp.Ne)
            {
                return PyBool.True;
            }
            return Compare(op, a[i], b[i]);
        }

        // ---- items, length, iteration ----

        public static object GetItem(object o, object key)
        {
            string s = o as string;
            if (s != null)
            {
                return PyStr.GetItem(s, key);
            }
            return ((PyObject)o).GetItem(key);
        }

        public static void SetItem(object o, object key, object value)
        {
            PyObject p = o as PyObject;
            if (p == null)
            {
                throw Err.Type("'str' object does not support item assignment");
            }
            p.SetItem(key, value);
        }

        public static void DelItem(object o, object key)
        {
            PyObject p = o as PyObject;
            if (p == null)
            {
                throw Err.Type("'str' object does not support item deletion");
            }
            p.DelItem(key);
        }

        public static int Len(object o)
        {
            string s = o as string;
            if (s != null)
            {
                return s.Length;
            }
            int n = ((PyObject)o).Len();
            if (n < 0)
            {
                throw Err.Type("object of type '" + TypeName(o) + "' has no len()");
            }
            return n;
        }

        public static object GetIter(object o)
        {
            string s = o as string;
            if (s != null)
            {
                return PyStr.Iter(s);
            }
            return ((PyObject)o).Iter();
        }

        /// <summary>Next item or null when exhausted.</summary>
        public static object Next(object iterator)
        {
            PyObject p = iterator as PyObject;
            if (p == null)
            {
                throw Err.Type("'str' object is not an iterator");
            }
            return p.Next();
        }

        /// <summary>Items of any iterable as a fresh array (exact length).</summary>
        public static object[] ToArray(object iterable)
        {
            PyTuple t = iterable as PyTuple;
            if (t != null)
            {
                object[] c = new object[t.Items.Length];
                System.Array.Copy(t.Items, c, c.Length);
                return c;
            }
            PyList l = iterable as PyList;
            if (l != null)
            {
                object[] c = new object[l.Count];
                System.Array.Copy(l.Items, c, l.Count);
                return c;
            }
            object it = GetIter(iterable);
            object[] buf = new object[8];
            int n = 0;
            object x;
            while ((x = Next(it)) != null)
            {
                if (n == buf.Length)
                {
                    Err.Reserve(n * 3L, 8);
                    object[] g = new object[n * 2];
                    System.Array.Copy(buf, g, n);
                    buf = g;
                }
                buf[n++] = x;
            }
            object[] r = new object[n];
            System.Array.Copy(buf, r, n);
            return r;
        }

        // ---- conversions ----

        /// <summary>__index__: int or bool to int (C# int), TypeError otherwise, IndexError-free.</summary>
        public static int ToIndex(object o)
        {
            PyInt i = o as PyInt;
            if (i != null)
            {
                long v = i.Value;
                if (v > int.MaxValue || v < int.MinValue)
                {
                    throw Err.Index("cannot fit 'int' into an index-sized integer");
                }
                return (int)v;
            }
            PyBool b = o as PyBool;
            if (b != null)
            {
                return b.Value ? 1 : 0;
            }
            PyInstance inst = o as PyInstance;
            if (inst != null)
            {
                object f = inst.Class.Lookup("__index__");
                if (f != null)
                {
                    return ToIndex(CallMethod0(o, "__index__"));
                }
            }
            if (o is PyObject && ((PyObject)o).Type.IsSubtypeOf(PyInt.TypeObject))
            {
                return (int)ToLong(o);
            }
            throw Err.Type(TypeName(o) + " indices must be integers");
        }

        /// <summary>int/bool to long; OverflowError for larger ints; TypeError for other types.</summary>
        public static long ToLong(object o)
        {
            PyInt i = o as PyInt;
            if (i != null)
            {
                return i.Value;
            }
            PyBool b = o as PyBool;
            if (b != null)
            {
                return b.Value ? 1 : 0;
            }
            return Numbers.ToLongSlow(o);
        }

        /// <summary>int/bool/float to double; TypeError otherwise.</summary>
        public static double ToDouble(object o)
        {
            PyFloat f = o as PyFloat;
            if (f != null)
            {
                return f.Value;
            }
            PyInt i = o as PyInt;
            if (i != null)
            {
                return i.Value;
            }
            return Numbers.ToDoubleSlow(o);
        }

        public static object Int(long v)
        {
            return PyInt.Create(v);
        }

        public static object Float(double v)
        {
            return new PyFloat(v);
        }

        private static string[] s_charStrs;

        /// <summary>One-char string, cached for Latin-1 so indexing and iterating strings do not allocate.</summary>
        public static string CharToStr(char c)
        {
            if (c < 256)
            {
                string[] cache = s_charStrs;
                if (cache == null)
                {
                    cache = s_charStrs = new string[256];
                }
                string s = cache[c];
                if (s == null)
                {
                    s = cache[c] = new string(c, 1);
                }
                return s;
            }
            return new string(c, 1);
        }

        public static char HexDigit(int d)
        {
            return (char)(d < 10 ? '0' + d : 'a' + d - 10);
        }

        /// <summary>Identity hash: PyObject.IdentityHash (never the runtime's GetHashCode: see there).</summary>
        public static int IdHash(object o)
        {
            PyObject p = o as PyObject;
            return p != null ? p.IdentityHash() : PyStr.Hash((string)o);
        }

        private static uint s_lastIdentity;

        /// <summary>A fresh identity hash: distinct for 2^32 calls (a counter times an odd constant), never 0.</summary>
        public static int NewIdentity()
        {
            uint v;
            do
            {
                s_lastIdentity++;
                v = unchecked(s_lastIdentity * 2654435761u);
            }
            while (v == 0);
            return (int)v;
        }

        /// <summary>Ordinal (code unit) comparison: negative, zero or positive.</summary>
        public static int CompareStr(string a, string b)
        {
            int n = a.Length < b.Length ? a.Length : b.Length;
            for (int i = 0; i < n; i++)
            {
                int d = a[i] - b[i];
                if (d != 0)
                {
                    return d;
                }
            }
            return a.Length - b.Length;
        }

        /// <summary>Hex text of an object's identity, for default reprs (stable per object, not an address).</summary>
        public static string HexId(object o)
        {
            uint v = (uint)Ops.IdHash(o);
            char[] buf = new char[8];
            for (int i = 7; i >= 0; i--)
            {
                buf[i] = HexDigit((int)(v & 15));
                v >>= 4;
            }
            return new string(buf);
        }

        public static string IntToString(int v)
        {
            return LongToString(v);
        }

        /// <summary>Decimal text of a long, without .NET formatting.</summary>
        public static string LongToString(long v)
        {
            if (v == 0)
            {
                return "0";
            }
            char[] buf = new char[20];
            int pos = 20;
            bool neg = v < 0;
            ulong u = neg ? (ulong)(-(v + 1)) + 1UL : (ulong)v;
            while (u != 0)
            {
                buf[--pos] = (char)('0' + (int)(u % 10));
                u /= 10;
            }
            if (neg)
            {
                return "-" + new string(buf, pos, 20 - pos);
            }
            return new string(buf, pos, 20 - pos);
        }
    }
}
