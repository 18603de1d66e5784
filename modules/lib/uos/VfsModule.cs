using MicroPy.Objects;

namespace MicroPy.Modules
{
    /// <summary>vfs (newer MicroPython; what mpremote imports): mount(obj, point) and umount(point), as in uos.
    /// mount() without arguments (the mount list) is not provided: mpremote's df then falls back to os.statvfs.</summary>
    public sealed class VfsModule : NativeModule
    {
        private static VfsModule s_instance;

        /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
        public static VfsModule Instance
        {
            get { return s_instance ?? (s_instance = new VfsModule()); }
        }

        private VfsModule() : base("vfs", new string[] { "mount", "umount" })
        {
        }

        public override object Call(int id, object[] args, int argc, int kwc)
        {
            return UosModule.Instance.Call(id == 0 ? 16 : 17, args, argc, kwc);
        }
    }
}
