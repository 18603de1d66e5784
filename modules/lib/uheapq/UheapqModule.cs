using MicroPy.Objects;

namespace MicroPy.Modules
{
    /// <summary>uheapq: a min-heap on a list (heappush, heappop, heapify).</summary>
    public sealed class UheapqModule : NativeModule
    {
        private static UheapqModule s_instance;

        /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
        public static UheapqModule Instance
        {
            get { return s_instance ?? (s_instance = new UheapqModule()); }
        }

        private UheapqModule() : base("uheapq", new string[] { "heappush", "heappop", "heapify" })
        {
        }

        /// <summary>The member ids: each name's index in the table above (NativeTableIdTests checks the pairing).</summary>
        public static class Id
        {
            public const int HeapPush = 0;
            public const int HeapPop = 1;
            public const int HeapIfy = 2;
        }

        public override int Kind(int id)
        {
            return MemberStatic;
        }

        private static PyList ListArg(object o)
        {
            PyList l = Ops.NativeSelf(o) as PyList;
            if (l == null)
            {
                throw Err.Type("heap must be a list");
            }
            return l;
        }

        public override object Call(int id, object[] args, int argc, int kwc)
        {
            switch (id)
            {
                case Id.HeapPush:
                    {
                        Ops.CheckArgs("heappush", argc, kwc, 2, 2);
                        PyList h = ListArg(args[0]);
                        h.Append(args[1]);
                        SiftDown(h, 0, h.Count - 1);
                        return PyNone.None;
                    }
                case Id.HeapPop:
                    {
                        Ops.CheckArgs("heappop", argc, kwc, 1, 1);
                        PyList h = ListArg(args[0]);
                        if (h.Count == 0)
                        {
                            throw Err.Index("empty heap");
                        }
                        object last = h.Items[h.Count - 1];
                        h.RemoveAt(h.Count - 1);
                        if (h.Count == 0)
                        {
                            return last;
                        }
                        object top = h.Items[0];
                        h.Items[0] = last;
                        SiftUp(h, 0);
                        return top;
                    }
                default:
                    {
                        Ops.CheckArgs("heapify", argc, kwc, 1, 1);
                        PyList h = ListArg(args[0]);
                        for (int i = h.Count / 2 - 1; i >= 0; i--)
                        {
                            SiftUp(h, i);
                        }
                        return PyNone.None;
                    }
            }
        }

        /// <summary>An item's __lt__ may change the heap's list: CPython's RuntimeError then.</summary>
        private static void Unchanged(PyList h, int count)
        {
            if (h.Count != count)
            {
                throw Err.Runtime("list changed size during iteration");
            }
        }

        private static void SiftDown(PyList h, int start, int pos)
        {
            int end = h.Count;
            object item = h.Items[pos];
            while (pos > start)
            {
                int parent = (pos - 1) >> 1;
                object p = h.Items[parent];
                bool lt = Ops.Lt(item, p);
                Unchanged(h, end);
                if (lt)
                {
                    h.Items[pos] = p;
                    pos = parent;
                    continue;
                }
                break;
            }
            h.Items[pos] = item;
        }

        private static void SiftUp(PyList h, int pos)
        {
            int end = h.Count;
            int start = pos;
            object item = h.Items[pos];
            int child = 2 * pos + 1;
            while (child < end)
            {
                int right = child + 1;
                if (right < end && !Ops.Lt(h.Items[child], h.Items[right]))
                {
                    child = right;
                }
                Unchanged(h, end);
                h.Items[pos] = h.Items[child];
                pos = child;
                child = 2 * pos + 1;
            }
            h.Items[pos] = item;
            SiftDown(h, start, pos);
        }
    }
}
