using MicroPy.Core;
using MicroPy.Hal;

namespace MicroPy.Modules.Machine
{
    /// <summary>
    /// Bridges a hardware event to a Python handler: OnIrq (any thread) only queues this object on the Scheduler;
    /// the VM then calls it between bytecodes. A handler that raises gets its traceback printed and is disabled,
    /// and the main program goes on. Also the object pin.irq()/timer.irq() return.
    /// </summary>
    public sealed class IrqHandler : PyObject, IIrqSink
    {
        private static PyType s_typeObject;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType TypeObject
        {
            get { return s_typeObject ?? (s_typeObject = PyType.Native("irq", IrqTable.Instance, null)); }
        }

        public object Handler;
        public object Argument;
        public int Trigger;
        public int Flags;
        public bool Disabled;
        public int Calls;
        private readonly string _what;

        public IrqHandler(object handler, object argument, int trigger, string what)
        {
            Handler = handler;
            Argument = argument;
            Trigger = trigger;
            _what = what;
        }

        public override PyType Type
        {
            get { return TypeObject; }
        }

        public void OnIrq(object source, int flags)
        {
            if (Disabled || Handler == null || Handler == PyNone.None)
            {
                return;
            }
            Flags = flags;
            Scheduler.Schedule(this, Argument);
        }

        public override object Call(object[] args, int argc, int kwc)
        {
            if (Disabled || Handler == null || Handler == PyNone.None)
            {
                return PyNone.None;
            }
            Calls++;
            try
            {
                Ops.Call1(Handler, Argument);
            }
            catch (PyException e)
            {
                Disabled = true;
                Interp interp = Interp.Current;
                if (interp != null)
                {
                    interp.Write("Uncaught exception in " + _what + " interrupt handler\n");
                    interp.Write(Interp.FormatException(e.Value));
                }
            }
            return PyNone.None;
        }

        public override string Repr()
        {
            return "<irq>";
        }

        private sealed class IrqTable : NativeTable
        {
            private static IrqTable s_instance;

            /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
            public static IrqTable Instance
            {
                get { return s_instance ?? (s_instance = new IrqTable()); }
            }

            private IrqTable() : base(new string[] { "trigger", "flags", "handler" })
            {
            }

            public override object Call(int id, object[] args, int argc, int kwc)
            {
                IrqHandler self = (IrqHandler)Ops.NativeSelf(args[0]);
                switch (id)
                {
                    case 0:
                        if (argc > 1)
                        {
                            self.Trigger = (int)Ops.ToLong(args[1]);
                        }
                        return PyInt.Create(self.Trigger);
                    case 1:
                        return PyInt.Create(self.Flags);
                    default:
                        return self.Handler ?? PyNone.None;
                }
            }
        }
    }
}
