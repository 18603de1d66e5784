using MicroPy.Objects;

namespace MicroPy.Types
{
    /// <summary>OrderedDict: dict's methods; constructing marks the dict with the OrderedDict type.</summary>
    public sealed class OrderedDictTable : NativeTable
    {
        private static OrderedDictTable s_instance;

        /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
        public static OrderedDictTable Instance
        {
            get { return s_instance ?? (s_instance = new OrderedDictTable()); }
        }

        private OrderedDictTable() : base(DictTable.Instance.Names)
        {
        }

        public override int Kind(int id)
        {
            return DictTable.Instance.Kind(id);
        }

        public override object Call(int id, object[] args, int argc, int kwc)
        {
            return DictTable.Instance.Call(id, args, argc, kwc);
        }

        public override object Construct(PyType cls, object[] args, int argc, int kwc)
        {
            PyDict d = (PyDict)DictTable.Instance.Construct(PyDict.TypeObject, args, argc, kwc);
            d.TypeOverride = PyDict.OrderedDictType;
            return d;
        }
    }
}
