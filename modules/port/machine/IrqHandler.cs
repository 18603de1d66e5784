using MicroPy.Objects;
using MicroPy.Runtime;
using MicroPy.Hal;

namespace MicroPy.Modules.Machine
{
    /// <summary>
    /// Bridges a hardware event to a Python handler: OnIrq (any thread) only queues this object on the Scheduler;
    /// the VM then calls it between bytecodes. A handler that raises gets its traceback printed and is disabled,
    /// and the main program goes on. Also the irq object that pin.irq()/uart.irq()/rtc.irq()/channel.irq() return:
    /// init() reconfigures it through its owner, enable()/disable(), flags() (the events that caused the running
    /// call, 0 outside it and for a direct call), trigger(). A level trigger keeps firing while its level holds.
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
        /// <summary>The object whose irq() method configures this one (for init()); null: none.</summary>
        public object Owner;
        public int Trigger;
        public int Flags;
        public bool Disabled;
        public int Calls;
        /// <summary>machine.IDLE/SLEEP/DEEPSLEEP bits this source wakes the board from.</summary>
        public int Wake;
        /// <summary>Events seen since WakeSources last cleared it (handler or not).</summary>
        public int Fired;
        /// <summary>A pin level trigger (IRQ_LOW_LEVEL/IRQ_HIGH_LEVEL).</summary>
        public bool Level;
        private int _pending;
        private readonly string _what;

        public IrqHandler(object handler, object argument, int trigger, string what)
        {
            Handler = handler;
            Argument = argument;
            Owner = argument;
            Trigger = trigger;
            _what = what;
        }

        public override PyType Type
        {
            get { return TypeObject; }
        }

        public void OnIrq(object source, int flags)
        {
            Fired++;
            if (Disabled || Handler == null || Handler == PyNone.None)
            {
                return;
            }
            _pending |= flags;
            Scheduler.Schedule(this, Argument);
        }

        /// <summary>For a pin level trigger: queues a call when the level already holds.</summary>
        internal void FireIfLevelHolds()
        {
            PinObject pin = Owner as PinObject;
            if (Level && pin != null && !Disabled && pin.LevelHolds(Trigger))
            {
                OnIrq(pin, Trigger);
            }
        }

        public override object Call(object[] args, int argc, int kwc)
        {
            if (Disabled || Handler == null || Handler == PyNone.None)
            {
                return PyNone.None;
            }
            bool queued = argc == 1 && _pending != 0;
            Flags = queued ? _pending : 0;
            _pending = 0;
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
            finally
            {
                Flags = 0;
            }
            if (queued)
            {
                FireIfLevelHolds();
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

            private IrqTable() : base(new string[] { "trigger", "flags", "handler", "init", "enable", "disable" })
            {
            }

            /// <summary>The member ids: each name's index in the table above (NativeTableIdTests checks the pairing).</summary>
            public static class Id
            {
                public const int Trigger = 0;
                public const int Flags = 1;
                public const int Handler = 2;
                public const int Init = 3;
                public const int Enable = 4;
                public const int Disable = 5;
            }

            public override object Call(int id, object[] args, int argc, int kwc)
            {
                IrqHandler self = Ops.NativeSelf(args[0]) as IrqHandler;
                if (self == null)
                {
                    throw Err.Type("descriptor requires an 'irq' object");
                }
                switch (id)
                {
                    case Id.Trigger:
                        Ops.CheckArgs("trigger", argc - 1, kwc, 0, 1);
                        if (argc > 1)
                        {
                            self.Trigger = (int)Ops.ToLong(args[1]);
                        }
                        return PyInt.Create(self.Trigger);
                    case Id.Flags:
                        Ops.CheckArgs("flags", argc - 1, kwc, 0, 0);
                        return PyInt.Create(self.Flags);
                    case Id.Handler:
                        Ops.CheckArgs("handler", argc - 1, kwc, 0, 0);
                        return self.Handler ?? PyNone.None;
                    case Id.Init:
                        {
                            if (self.Owner == null)
                            {
                                throw Err.Type("this irq can't be reconfigured");
                            }
                            object[] a = new object[args.Length];
                            a[0] = self.Owner;
                            for (int i = 1; i < args.Length; i++)
                            {
                                a[i] = args[i];
                            }
                            object m = Ops.GetAttr(Ops.TypeOf(self.Owner), "irq");
                            Ops.Call(m, a, argc, kwc);
                            return PyNone.None;
                        }
                    case Id.Enable:
                        Ops.CheckArgs("enable", argc - 1, kwc, 0, 0);
                        self.Disabled = false;
                        self.FireIfLevelHolds();
                        return PyNone.None;
                    default:
                        Ops.CheckArgs("disable", argc - 1, kwc, 0, 0);
                        self.Disabled = true;
                        self._pending = 0;
                        return PyNone.None;
                }
            }
        }
    }
}
