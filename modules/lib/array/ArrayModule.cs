using MicroPy.Objects;

namespace MicroPy.Modules
{
    /// <summary>array: the array type.</summary>
    public sealed class ArrayModule : NativeModule
    {
        private static ArrayModule s_instance;

        /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
        public static ArrayModule Instance
        {
            get { return s_instance ?? (s_instance = new ArrayModule()); }
        }

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
