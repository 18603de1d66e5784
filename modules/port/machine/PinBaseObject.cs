using MicroPy.Objects;

namespace MicroPy.Modules.Machine
{
    /// <summary>
    /// machine.PinBase: the base class of pins written in Python, as in MicroPython 1.8.2. A subclass provides
    /// value([v]) (read with no argument, write with one). The class itself is abstract: PinBase() gives the one
    /// base object, as in MicroPython; a subclass's instances are ordinary Python objects over it.
    /// </summary>
    public sealed class PinBaseObject : PyObject
    {
        private static PyType s_typeObject;
        private static PinBaseObject s_singleton;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType TypeObject
        {
            get { return s_typeObject ?? (s_typeObject = PyType.Native("PinBase", PinBaseTable.Instance, null)); }
        }

        public override PyType Type
        {
            get { return TypeObject; }
        }

        private sealed class PinBaseTable : ConstructorTable
        {
            private static PinBaseTable s_instance;

            /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
            public static PinBaseTable Instance
            {
                get { return s_instance ?? (s_instance = new PinBaseTable()); }
            }

            public override object Construct(PyType cls, object[] args, int argc, int kwc)
            {
                return s_singleton ?? (s_singleton = new PinBaseObject());
            }
        }
    }
}
