using MicroPy.Objects;

namespace MicroPy.Modules.Onewire
{
    /// <summary>onewire: the OneWire bus class and OneWireError, as MicroPython's esp8266/ESP32 onewire module.</summary>
    public sealed class OnewireModule : ValueModule
    {
        private static OnewireModule s_instance;
        private static PyType s_error;

        /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
        public static OnewireModule Instance
        {
            get { return s_instance ?? (s_instance = new OnewireModule()); }
        }

        /// <summary>onewire.OneWireError, an Exception subclass.</summary>
        public static PyType Error
        {
            get { return s_error ?? (s_error = PyType.Native("OneWireError", ExceptionTable.Instance, PyExc.Exception)); }
        }

        private OnewireModule() : base("onewire", new string[] { "OneWire", "OneWireError" })
        {
        }

        public override object GetValue(int id)
        {
            return id == 0 ? OneWireObject.TypeObject : Error;
        }
    }
}
