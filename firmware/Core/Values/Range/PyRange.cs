using MicroPy.Objects;

namespace MicroPy.Values
{
    /// <summary>range: lazy, with len, indexing, slicing, containment and reversal.</summary>
    public sealed class PyRange : PyObject, IPlainValue
    {
        private static PyType s_typeObject;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType TypeObject
        {
            get { return s_typeObject ?? (s_typeObject = PyType.Native("range", RangeTable.Instance, null)); }
        }

        // Not readonly only for the VM's pool of loop ranges (Vm.RangeFromStack); nothing else changes them.
        public long Start;
        public long Stop;
        public long Step;
        /// <summary>Taken from the VM's pool for a for loop: seen only by that loop, returned when it ends.</summary>
        public bool Pooled;

        public PyRange(long start, long stop, long step)
        {
            Start = start;
            Stop = stop;
            Step = step;
        }

        public override PyType Type
        {
            get { return TypeObject; }
        }

        /// <summary>The number of items; OverflowError when it exceeds a 64-bit int (range(-2**63, 2**63-1)).</summary>
        public long Count
        {
            get
            {
                ulong n = Span(Start, Stop, Step);
                if (n > long.MaxValue)
                {
                    throw Err.Overflow("Python int too large to convert to C ssize_t");
                }
                return (long)n;
            }
        }

        /// <summary>Items from a to b by step, in unsigned arithmetic: exact wherever the 64-bit ints lie.</summary>
        private static ulong Span(long a, long b, long step)
        {
            if (step > 0 ? b <= a : a <= b)
            {
                return 0;
            }
            // The difference and |step| fit an unsigned long even when the signed ones overflow.
            ulong d = step > 0 ? (ulong)(b - a) : (ulong)(a - b);
            ulong st = step > 0 ? (ulong)step : (ulong)(-step);
            return (d - 1) / st + 1;
        }

        public override int Len()
        {
            long n = Count;
            if (n > int.MaxValue)
            {
                throw Err.Overflow("Python int too large to convert to C ssize_t");
            }
            return (int)n;
        }

        public override bool IsTrue()
        {
            return Span(Start, Stop, Step) > 0;
        }

        /// <summary>
        /// Can a loop step past the last item in 64 bits? Not when Stop + Step overflows (range(2**62, 2**63-1, 2**61)):
        /// such a range iterates by index instead, so the raw-long loops need no overflow check per item.
        /// </summary>
        public bool LoopSafe
        {
            get
            {
                long e = Stop + Step;
                return ((e ^ Stop) & (e ^ Step)) >= 0;
            }
        }

        public override object Iter()
        {
            return LoopSafe ? (object)new PyRangeIterator(Start, Stop, Step) : new PySeqGetItemIterator(this);
        }

        public override object GetItem(object key)
        {
            PySlice s = key as PySlice;
            if (s != null)
            {
                return Slice(s);
            }
            long i = key is PyBigInt ? long.MinValue : Ops.ToLong(key);
            long c = Count;
            if (i < 0)
            {
                i += c;
            }
            if (i < 0 || i >= c)
            {
                throw Err.Index("range object index out of range");
            }
            return PyInt.Create(Start + i * Step);
        }

        /// <summary>
        /// The range of the items a slice selects, as CPython computes it: the slice's bounds adjusted to this range's
        /// length in 64-bit ints (bounds beyond them clamped), then mapped through start and step; OverflowError where
        /// the result's start, stop or step would not fit a 64-bit int.
        /// </summary>
        private PyRange Slice(PySlice s)
        {
            long step = s.Step == null || s.Step == (object)PyNone.None ? 1 : Ops.ToLong(s.Step);
            if (step == 0)
            {
                throw Err.Value("slice step cannot be zero");
            }
            long n = Count;
            long lo = step > 0 ? 0 : -1;
            long hi = step > 0 ? n : n - 1;
            long a = Bound(s.Start, n, lo, hi, step > 0 ? lo : hi);
            long b = Bound(s.Stop, n, lo, hi, step > 0 ? hi : lo);
            return new PyRange(Checked(PyOp.Add, Start, Checked(PyOp.Mul, a, Step)), Checked(PyOp.Add, Start, Checked(PyOp.Mul, b, Step)), Checked(PyOp.Mul, Step, step));
        }

        private static long Bound(object o, long n, long lo, long hi, long none)
        {
            if (o == null || o == (object)PyNone.None)
            {
                return none;
            }
            PyBigInt big = o as PyBigInt;
            long i = big != null ? (big.Neg ? long.MinValue + 1 : long.MaxValue) : Ops.ToLong(o);
            if (i < 0)
            {
                i += n;
            }
            return i < lo ? lo : i > hi ? hi : i;
        }

        private static long Checked(int op, long a, long b)
        {
            return Ops.ToLong(IntOps.LongOp(op, a, b));
        }

        public override bool Contains(object item)
        {
            if (item is PyInt || item is PyBool)
            {
                long v = Ops.ToLong(item);
                if (Step > 0 ? (v < Start || v >= Stop) : (v > Start || v <= Stop))
                {
                    return false;
                }
                return (Step > 0 ? (ulong)(v - Start) % (ulong)Step : (ulong)(Start - v) % (ulong)(-Step)) == 0;
            }
            object it = Iter();
            object x;
            while ((x = Ops.Next(it)) != null)
            {
                if (Ops.Eq(x, item))
                {
                    return true;
                }
            }
            return false;
        }

        public override object Compare(int op, object other)
        {
            PyRange r = other as PyRange;
            if (r == null || (op != PyOp.Eq && op != PyOp.Ne))
            {
                return Ops.NotImplemented;
            }
            long c1 = Count;
            long c2 = r.Count;
            bool eq = c1 == c2 && (c1 == 0 || (Start == r.Start && (c1 == 1 || Step == r.Step)));
            return PyBool.From(op == PyOp.Eq ? eq : !eq);
        }

        public override int Hash()
        {
            // Equal ranges (same items) hash alike, as CPython's hash of (len, start, step) with the same normalization.
            long c = Count;
            if (c == 0)
            {
                return 0x3a5;
            }
            long h = c * 1000003 ^ Start;
            if (c > 1)
            {
                h = h * 1000003 ^ Step;
            }
            return (int)(h ^ (h >> 32));
        }

        public override string Repr()
        {
            string s = "range(" + Ops.LongToString(Start) + ", " + Ops.LongToString(Stop);
            if (Step != 1)
            {
                s += ", " + Ops.LongToString(Step);
            }
            return s + ")";
        }

        public override object GetAttr(string name)
        {
            switch (name)
            {
                case "start":
                    return PyInt.Create(Start);
                case "stop":
                    return PyInt.Create(Stop);
                case "step":
                    return PyInt.Create(Step);
            }
            return Ops.GenericGetAttr(this, name);
        }

        private sealed class RangeTable : NativeTable
        {
            private static RangeTable s_instance;

            /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
            public static RangeTable Instance
            {
                get { return s_instance ?? (s_instance = new RangeTable()); }
            }

            private RangeTable() : base(new string[] { "count", "index" })
            {
            }

            public override object Construct(PyType cls, object[] args, int argc, int kwc)
            {
                if (kwc > 0)
                {
                    throw Err.Type("range() takes no keyword arguments");
                }
                if (argc < 1 || argc > 3)
                {
                    throw Err.Type(argc == 0 ? "range expected at least 1 argument, got 0" : "range expected at most 3 arguments, got " + Ops.IntToString(argc));
                }
                long start = 0;
                long stop;
                long step = 1;
                if (argc == 1)
                {
                    stop = Idx(args[0]);
                }
                else
                {
                    start = Idx(args[0]);
                    stop = Idx(args[1]);
                    if (argc == 3)
                    {
                        step = Idx(args[2]);
                        if (step == 0)
                        {
                            throw Err.Value("range() arg 3 must not be zero");
                        }
                    }
                }
                return new PyRange(start, stop, step);
            }

            private static long Idx(object o)
            {
                if (o is PyFloat)
                {
                    throw Err.Type("'float' object cannot be interpreted as an integer");
                }
                return Ops.ToLong(o);
            }

            public override object Call(int id, object[] args, int argc, int kwc)
            {
                PyRange r = (PyRange)Ops.NativeSelf(args[0]);
                Ops.CheckArgs(Names[id], argc - 1, kwc, 1, 1);
                bool has = r.Contains(args[1]);
                if (id == 0)
                {
                    return PyInt.Create(has ? 1 : 0);
                }
                if (!has)
                {
                    throw Err.Value(Ops.Repr(args[1]) + " is not in range");
                }
                return PyInt.Create((long)Span(r.Start, Ops.ToLong(args[1]), r.Step));
            }
        }
    }
}
