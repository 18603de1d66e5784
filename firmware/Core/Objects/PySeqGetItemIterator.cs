namespace MicroPy.Core
{
    /// <summary>iter() over an object with only __getitem__: indexes 0, 1, ... until IndexError.</summary>
    public sealed class PySeqGetItemIterator : PyObject
    {
        public static readonly PyType TypeObject = PyType.Native("iterator", null, null);
        private readonly object _seq;
        private int _pos;

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
            try
            {
                return Ops.GetItem(_seq, PyInt.Create(_pos++));
            }
            catch (PyException e)
            {
                if (e.Value.IsInstance(PyExc.IndexError) || e.Value.IsInstance(PyExc.StopIteration))
                {
                    _pos = -1;
                    return null;
                }
                throw;
            }
        }
    }
}
