using MicroPy.Objects;

namespace MicroPy.Runtime
{
    /// <summary>
    /// micropython.schedule and every hardware callback (pin edge, timer, RTC alarm, UART RX) go through this
    /// fixed-size queue; the VM runs queued calls between bytecodes on the interpreter's own thread, never on the
    /// thread that raised the event. Enqueue is safe from any thread; Run only from the interpreter thread.
    /// </summary>
    public static class Scheduler
    {
        private const int Capacity = 16;
        private static readonly object[] s_funcs = new object[Capacity];
        private static readonly object[] s_args = new object[Capacity];
        private static readonly object s_lock = new object();
        private static int s_head;
        private static int s_count;
        private static bool s_running;

        /// <summary>Non-zero while calls are queued: the VM's cheap check.</summary>
        public static int Pending;

        /// <summary>machine.disable_irq()/enable_irq(): while false, queued calls wait.</summary>
        public static bool Enabled = true;

        /// <summary>Queues func(arg); false when the queue is full.</summary>
        public static bool Schedule(object func, object arg)
        {
            lock (s_lock)
            {
                if (s_count == Capacity)
                {
                    return false;
                }
                int i = (s_head + s_count) % Capacity;
                s_funcs[i] = func;
                s_args[i] = arg;
                s_count++;
                Pending = s_count;
                return true;
            }
        }

        /// <summary>Runs everything queued (not re-entrantly). An exception from a callback propagates.</summary>
        public static void RunPending()
        {
            if (s_running || !Enabled)
            {
                return;
            }
            s_running = true;
            try
            {
                while (true)
                {
                    object f;
                    object a;
                    lock (s_lock)
                    {
                        if (s_count == 0)
                        {
                            Pending = 0;
                            return;
                        }
                        f = s_funcs[s_head];
                        a = s_args[s_head];
                        s_funcs[s_head] = null;
                        s_args[s_head] = null;
                        s_head = (s_head + 1) % Capacity;
                        s_count--;
                        Pending = s_count;
                    }
                    Ops.Call1(f, a);
                }
            }
            finally
            {
                s_running = false;
            }
        }

        public static void Clear()
        {
            lock (s_lock)
            {
                for (int i = 0; i < Capacity; i++)
                {
                    s_funcs[i] = null;
                    s_args[i] = null;
                }
                s_head = 0;
                s_count = 0;
                Pending = 0;
            }
        }
    }
}
