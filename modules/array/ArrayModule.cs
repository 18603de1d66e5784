using MicroPy.Core;

namespace MicroPy.Modules
{
    /// <summary>array: the array type.</summary>
    public sealed class ArrayModule : NativeModule
    {
        public static readonly ArrayModule Instance = new ArrayModule();

        private ArrayModule() : base("array", new string[] { "array" })
        {
        }

        public override int Kind(int id)
        {
            return MemberValue;
        }

        public override object GetValue(int id)
        {
            return PyArray.TypeObject;
        }

        public override object Call(int id, object[] args, int argc, int kwc)
        {
            return PyNone.None;
        }
    }
}
