namespace MicroPy.Objects
{
    /// <summary>
    /// A builtin module whose members are all values (classes and constants: neopixel, framebuf, network, onewire,
    /// ds18x20, dht, uhashlib): every member is a MemberValue, so Call is never reached; a subclass implements
    /// GetValue.
    /// </summary>
    public abstract class ValueModule : NativeModule
    {
        protected ValueModule(string moduleName, string[] names) : base(moduleName, names)
        {
        }

        public override int Kind(int id)
        {
            return MemberValue;
        }

        public override object Call(int id, object[] args, int argc, int kwc)
        {
            return PyNone.None;
        }
    }
}
