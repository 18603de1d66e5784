using MicroPy.Objects;

namespace MicroPy.Values
{
    /// <summary>Iterator over a range; the VM's FOR_ITER reads it directly without boxing.</summary>
    public sealed class PyRangeIterator : PyObject
    {
        private static PyType s_typeObject;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType TypeObject
        {
            get { return s_typeObject ?? (s_typeObject = PyType.Native("range_iterator", null, null)); }
        }

        public long Current;
        public long Stop;
        public long Step;

        public PyRangeIterator(long start, long stop, long step)
        {
            Current = start;
            Stop = stop;
            Step = step;
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
            long cur = Current;
            if (Step > 0 ? cur < Stop : cur > Stop)
            {
                Current = cur + Step;
                return PyInt.Create(cur);
            }
            return null;
        }
    }
}
