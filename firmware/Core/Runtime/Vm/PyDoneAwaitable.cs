using MicroPy.Objects;

namespace MicroPy.Runtime
{
    /// <summary>An awaitable that has already finished with Value: `async for` awaits what __aiter__ returns (as
    /// MicroPython 1.8.2 and PEP 492's first version do, for an `async def __aiter__`), and wraps a plain async
    /// iterator (today's protocol) in this so that awaiting it gives the iterator itself.</summary>
    public sealed class PyDoneAwaitable : PyObject
    {
        public readonly object Value;

        public PyDoneAwaitable(object value)
        {
            Value = value;
        }

        public override PyType Type
        {
            get { return PyType.ObjectType; }
        }

        public override object Iter()
        {
            return this;
        }

        public override object Next()
        {
            return null;
        }
    }
}
