namespace MicroPy.Objects
{
    /// <summary>
    /// The table of a builtin type whose only member is its constructor (bool, super, zip, map, filter, enumerate,
    /// reversed, classmethod/staticmethod, machine.PinBase, uctypes.struct): no names, so Call is never reached; a
    /// subclass implements Construct.
    /// </summary>
    public abstract class ConstructorTable : NativeTable
    {
        private static readonly string[] s_noNames = new string[0];

        protected ConstructorTable() : base(s_noNames)
        {
        }

        public override object Call(int id, object[] args, int argc, int kwc)
        {
            return PyNone.None;
        }
    }
}
