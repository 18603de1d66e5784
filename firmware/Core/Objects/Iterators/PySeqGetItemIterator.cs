namespace MicroPy.Objects
{
    /// <summary>iter() over an object with only __getitem__: indexes 0, 1, ... until IndexError.</summary>
    public sealed class PySeqGetItemIterator : PyObject
    {
        private static PyType s_typeObject;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType TypeObject
        {
            get { return s_typeObject ?? (s_typeObject = PyType.Native("iterator", null, null)); }
        }

        private readonly object _seq;
        private long _pos;

        public PySeqGetItemIterator(object seq)
        {
            _seq = seq;
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
            if (_pos < 0)
            {
                return null;
            }
            PyException err;
            try
            {
                return Ops.GetItem(_seq, PyInt.Create(_pos++));
            }
            catch (PyException e)
            {
                err = e;
            }
            // Thrown after the handler: a throw inside it holds one of nanoCLR's nested-exception slots.
            if (err.Value.IsInstance(PyExc.IndexError) || err.Value.IsInstance(PyExc.StopIteration))
            {
                _pos = -1;
                return null;
            }
            throw err;
        }
    }
}
