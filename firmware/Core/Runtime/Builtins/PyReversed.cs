using MicroPy.Objects;
using MicroPy.Values;

namespace MicroPy.Runtime
{
    /// <summary>reversed(sequence): walks a sequence backwards by index.</summary>
    public sealed class PyReversed : PyObject
    {
        private static PyType s_typeObject;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType TypeObject
        {
            get { return s_typeObject ?? (s_typeObject = PyType.Native("reversed", ReversedTable.Instance, null)); }
        }

        private readonly object _seq;
        private int _i;

        public PyReversed(object seq, int len)
        {
            _seq = seq;
            _i = len - 1;
        }

        public override PyType Type
        {
            get { return TypeObject; }
        }

        public override object Iter()
        {
            return this;
        }

        public override object Next()
        {
            if (_i < 0)
            {
                return null;
            }
            PyList l = _seq as PyList;
            if (l != null)
            {
                // No index object per step; a list shrunk meanwhile ends the iteration (as CPython).
                if (_i >= l.Count)
                {
                    _i = -1;
                    return null;
                }
                return l.Items[_i--];
            }
            PyTuple t = _seq as PyTuple;
            if (t != null)
            {
                return t.Items[_i--];
            }
            return Ops.GetItem(_seq, PyInt.Create(_i--));
        }

        private sealed class ReversedTable : ConstructorTable
        {
            private static ReversedTable s_instance;

            /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
            public static ReversedTable Instance
            {
                get { return s_instance ?? (s_instance = new ReversedTable()); }
            }

            public override object Construct(PyType cls, object[] args, int argc, int kwc)
            {
                Ops.CheckArgs("reversed", argc, kwc, 1, 1);
                object seq = args[0];
                PyInstance inst = seq as PyInstance;
                if (inst != null && inst.Type.Lookup("__reversed__") != null)
                {
                    return Ops.CallMethod0(seq, "__reversed__");
                }
                PyRange r = seq as PyRange;
                if (r != null)
                {
                    long n = r.Count;
                    long past = r.Start - r.Step;
                    if (((r.Start ^ r.Step) & (r.Start ^ past)) < 0 || r.Step == long.MinValue)
                    {
                        // The item before the first is beyond 64 bits: by index, as for any sequence.
                        return new PyReversed(r, r.Len());
                    }
                    return new PyRangeIterator(r.Start + (n - 1) * r.Step, past, -r.Step);
                }
                PyDict d = seq as PyDict;
                if (d != null)
                {
                    PyList keys = new PyList(d.Count);
                    for (int i = d.NextEntry(-1); i >= 0; i = d.NextEntry(i))
                    {
                        keys.Append(d.KeyAt(i));
                    }
                    return new PyReversed(keys, keys.Count);
                }
                if (seq is PySet || (seq is PyObject && !(seq is PyInstance) && ((PyObject)seq).Len() < 0))
                {
                    throw Err.Type("'" + Ops.TypeName(seq) + "' object is not reversible");
                }
                return new PyReversed(seq, Ops.Len(seq));
            }
        }
    }
}
