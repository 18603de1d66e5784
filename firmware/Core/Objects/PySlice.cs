namespace MicroPy.Core
{
    /// <summary>slice(start, stop, step); parts are Python objects (PyNone.None when omitted). (Containers owner: complete.)</summary>
    public sealed class PySlice : PyObject
    {
        public static readonly PyType TypeObject = PyType.Native("slice", null, null);

        public readonly object Start;
        public readonly object Stop;
        public readonly object Step;

        public PySlice(object start, object stop, object step)
        {
            Start = start;
            Stop = stop;
            Step = step;
        }

        public override PyType Type
        {
            get { return TypeObject; }
        }
    }
}
