using MicroPy.Objects;
using MicroPy.Runtime;
using MicroPy.Hal;

namespace MicroPy.Modules
{
    /// <summary>select: poll objects and select.select over streams that implement IPollable (UART, io streams,
    /// sys.stdin, sockets). Waiting sleeps in 1 ms steps so scheduled callbacks and Ctrl-C are served.</summary>
    public sealed class SelectModule : NativeModule
    {
        private static SelectModule s_instance;

        /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
        public static SelectModule Instance
        {
            get { return s_instance ?? (s_instance = new SelectModule()); }
        }

        public const int PollIn = 1;
        public const int PollOut = 4;
        public const int PollErr = 8;
        public const int PollHup = 16;

        private SelectModule() : base("select", new string[] { "poll", "select", "POLLIN", "POLLOUT", "POLLERR", "POLLHUP" })
        {
        }

        /// <summary>The member ids: each name's index in the table above (NativeTableIdTests checks the pairing).</summary>
        public static class Id
        {
            public const int Poll = 0;
            public const int Select = 1;
            public const int POLLIN = 2;
            public const int POLLOUT = 3;
            public const int POLLERR = 4;
            public const int POLLHUP = 5;
        }

        public override int Kind(int id)
        {
            return id >= Id.POLLIN ? MemberValue : MemberStatic;
        }

        public override object GetValue(int id)
        {
            switch (id)
            {
                case Id.POLLIN: return PyInt.Create(PollIn);
                case Id.POLLOUT: return PyInt.Create(PollOut);
                case Id.POLLERR: return PyInt.Create(PollErr);
                default: return PyInt.Create(PollHup);
            }
        }

        /// <summary>Ready events of o among 'events'; objects that cannot be polled are always ready.</summary>
        public static int Ready(object o, int events)
        {
            IPollable p = Ops.NativeSelf(o) as IPollable;
            if (p != null)
            {
                return p.Poll(events);
            }
            object m = Ops.GetAttrOrNull(o, "ioctl");
            if (m != null)
            {
                return (int)Ops.ToLong(Ops.Call2(m, PyInt.Create(3), PyInt.Create(events)));
            }
            throw Err.Type("object is not pollable: " + Ops.TypeName(o));
        }

        /// <summary>Waits until check() finds something or timeoutMs passes (negative: forever).</summary>
        public static void Wait(long timeoutMs, PollObject po, out PyList result)
        {
            IClock clock = Platform.Clock;
            long start = clock != null ? clock.TicksMs() : 0;
            int sockEvents;
            SocketObject sock = po.RealTimeSocket(out sockEvents);
            long waitedUs = 0;
            while (true)
            {
                result = po.Check();
                if (result.Count > 0 || timeoutMs == 0)
                {
                    return;
                }
                if (timeoutMs > 0)
                {
                    long waited = sock != null || clock == null ? waitedUs / 1000 : clock.TicksMs() - start;
                    if (waited >= timeoutMs)
                    {
                        return;
                    }
                }
                if (sock != null)
                {
                    sock.WaitSlice(sockEvents, 1000);
                    waitedUs += 1000;
                }
                else if (clock != null)
                {
                    clock.SleepMs(1);
                }
                else
                {
                    waitedUs += 1000;
                }
                Vm.ServiceWait();
            }
        }

        public override object Call(int id, object[] args, int argc, int kwc)
        {
            if (id == Id.Poll)
            {
                Ops.CheckArgs("poll", argc, kwc, 0, 0);
                return new PollObject();
            }
            Ops.CheckArgs("select", argc, kwc, 3, 4);
            object[] r = Ops.ToArray(args[0]);
            object[] w = Ops.ToArray(args[1]);
            object[] x = Ops.ToArray(args[2]);
            long timeout = argc > 3 && args[3] != PyNone.None ? (long)(Ops.ToDouble(args[3]) * 1000) : -1;
            PollObject po = new PollObject();
            for (int i = 0; i < r.Length; i++)
            {
                po.Register(r[i], PollIn);
            }
            for (int i = 0; i < w.Length; i++)
            {
                po.Register(w[i], PollOut);
            }
            PyList ready;
            Wait(timeout, po, out ready);
            PyList rr = new PyList();
            PyList ww = new PyList();
            for (int i = 0; i < ready.Count; i++)
            {
                PyTuple t = (PyTuple)ready.Items[i];
                long ev = Ops.ToLong(t.Items[1]);
                if ((ev & PollIn) != 0 && Contains(r, t.Items[0]))
                {
                    rr.Append(t.Items[0]);
                }
                if ((ev & PollOut) != 0 && Contains(w, t.Items[0]))
                {
                    ww.Append(t.Items[0]);
                }
            }
            return new PyTuple(new object[] { rr, ww, new PyList() });
        }

        private static bool Contains(object[] a, object o)
        {
            for (int i = 0; i < a.Length; i++)
            {
                if (a[i] == o)
                {
                    return true;
                }
            }
            return false;
        }
    }
}
