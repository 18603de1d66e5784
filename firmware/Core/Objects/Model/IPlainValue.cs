namespace MicroPy.Objects
{
    /// <summary>A value of a builtin type above this layer (bytes, bytearray, set, range; firmware/Core/Values) that is
    /// neither callable nor an iterator: Ops.IsCallable and Ops.IsIterator cannot name those types here.</summary>
    public interface IPlainValue
    {
    }
}
