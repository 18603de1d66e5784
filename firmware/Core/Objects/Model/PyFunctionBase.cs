namespace MicroPy.Objects
{
    /// <summary>
    /// A function written in Python. The VM's PyFunction is the only subclass; the object layer needs the distinction
    /// (plain functions bind as methods, user __init__/__new__/__repr__ are called) without depending on the VM.
    /// </summary>
    public abstract class PyFunctionBase : PyObject
    {
    }
}
