using MicroPy.Objects;
using MicroPy.Hal;

namespace MicroPy.Modules.Machine
{
    /// <summary>machine.Pin.board: the board's named pins as attributes (Pin.board.LED, Pin.board.GPIO2).</summary>
    public sealed class PinBoard : PyObject
    {
        private static PyType s_typeObject;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType TypeObject
        {
            get { return s_typeObject ?? (s_typeObject = PyType.Native("board", null, null)); }
        }

        private static PinBoard s_instance;


        /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>

        public static PinBoard Instance

        {

            get { return s_instance ?? (s_instance = new PinBoard()); }

        }

        public override PyType Type
        {
            get { return TypeObject; }
        }

        public override object GetAttr(string name)
        {
            IHardware hw = Platform.Hardware;
            if (hw != null && name.Length > 0 && name[0] != '_')
            {
                int n = hw.Board.FindPin(name);
                if (n >= 0)
                {
                    return PinObject.Get(n);
                }
            }
            if (name == "__dir__")
            {
                return null;
            }
            return Ops.GenericGetAttr(this, name);
        }

        /// <summary>Names for dir() and tab completion.</summary>
        public PyList Names()
        {
            PyList l = new PyList();
            IHardware hw = Platform.Hardware;
            if (hw != null)
            {
                BoardDefinition b = hw.Board;
                for (int i = 0; i < b.PinNames.Length; i++)
                {
                    l.Append(b.PinNames[i]);
                }
                if (b.LedNames != null)
                {
                    for (int i = 0; i < b.LedNames.Length; i++)
                    {
                        l.Append(b.LedNames[i]);
                    }
                }
                if (b.ButtonNames != null)
                {
                    for (int i = 0; i < b.ButtonNames.Length; i++)
                    {
                        l.Append(b.ButtonNames[i]);
                    }
                }
            }
            return l;
        }

        public override string Repr()
        {
            return "<class 'board'>";
        }
    }
}
