namespace MicroPy.Objects
{
    /// <summary>A builtin value whose repr names the type, and so names the subclass when it is the native part of an
    /// instance (set: <c>S({1})</c>); PyInstance cannot name its type (firmware/Core/Values).</summary>
    public interface ISubclassRepr
    {
        string ReprAs(string typeName);
    }
}
