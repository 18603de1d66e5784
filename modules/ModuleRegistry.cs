using MicroPy.Core;

namespace MicroPy.Modules
{
    /// <summary>The library modules, registered under their u-name and their plain alias (a user file with the
    /// plain name shadows the alias).</summary>
    public static class ModuleRegistry
    {
        public static void RegisterAll(Interp interp)
        {
            Both(interp, "math", "math", MathModule.Instance);
            Both(interp, "cmath", "cmath", CmathModule.Instance);
            Both(interp, "ustruct", "struct", UstructModule.Instance);
            Both(interp, "ujson", "json", UjsonModule.Instance);
            Both(interp, "ubinascii", "binascii", UbinasciiModule.Instance);
            Both(interp, "ucollections", "collections", UcollectionsModule.Instance);
            Both(interp, "uheapq", "heapq", UheapqModule.Instance);
            Both(interp, "uerrno", "errno", ErrnoModule.Instance);
            Both(interp, "uio", "io", UioModule.Instance);
            Both(interp, "uos", "os", UosModule.Instance);
            Both(interp, "uselect", "select", SelectModule.Instance);
            Both(interp, "uhashlib", "hashlib", UhashlibModule.Instance);
            Both(interp, "array", "array", ArrayModule.Instance);
            Both(interp, "uzlib", "zlib", UzlibModule.Instance);
            Both(interp, "ure", "re", UreModule.Instance);
            Both(interp, "uctypes", "uctypes", UctypesModule.Instance);
            Both(interp, "usocket", "socket", UsocketModule.Instance);
            Both(interp, "network", "network", NetworkModule.Instance);
            BuiltinsModule.OpenHook = new PyNativeFunction(UioModule.Instance, 0, NativeTable.MemberStatic, null);
        }

        private static void Both(Interp interp, string uname, string plain, NativeModule m)
        {
            interp.RegisterModule(uname, m);
            if (plain != uname)
            {
                interp.RegisterModule(plain, m);
            }
        }
    }
}
