using MicroPy.Objects;
using MicroPy.Runtime;
using MicroPy.Modules.Dht;
using MicroPy.Modules.Framebuf;
using MicroPy.Modules.Machine;
using MicroPy.Modules.Neopixel;
using MicroPy.Modules.Onewire;

namespace MicroPy.Modules
{
    /// <summary>
    /// Every builtin module of the image, by importable name: the u-name and, where MicroPython has one, the plain
    /// alias. Modules are created on first import (Interp asks Get), so start-up allocates none of them.
    /// </summary>
    public sealed class ModuleRegistry : ModuleCatalog
    {
        private static ModuleRegistry s_instance;

        /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
        public static ModuleRegistry Instance
        {
            get { return s_instance ?? (s_instance = new ModuleRegistry()); }
        }

        private ModuleRegistry() : base(new string[]
        {
            "sys", "usys", "gc", "micropython", "utime", "time", "machine", "umachine",
            "math", "cmath", "ustruct", "struct", "ujson", "json", "ubinascii", "binascii",
            "ucollections", "collections", "uheapq", "heapq", "uerrno", "errno", "uio", "io",
            "uos", "os", "uselect", "select", "uhashlib", "hashlib", "array", "uzlib", "zlib",
            "ure", "re", "uctypes", "usocket", "socket", "network", "framebuf", "neopixel", "onewire", "ds18x20", "dht", "vfs",
            "urandom", "random",
        })
        {
        }

        public override NativeModule Get(int index)
        {
            switch (Names[index])
            {
                case "sys": case "usys": return SysModule.Instance;
                case "gc": return GcModule.Instance;
                case "micropython": return MicroPythonModule.Instance;
                case "utime": case "time": return UtimeModule.Instance;
                case "machine": case "umachine": return MachineModule.Instance;
                case "math": return MathModule.Instance;
                case "cmath": return CmathModule.Instance;
                case "ustruct": case "struct": return UstructModule.Instance;
                case "ujson": case "json": return UjsonModule.Instance;
                case "ubinascii": case "binascii": return UbinasciiModule.Instance;
                case "ucollections": case "collections": return UcollectionsModule.Instance;
                case "uheapq": case "heapq": return UheapqModule.Instance;
                case "uerrno": case "errno": return ErrnoModule.Instance;
                case "uio": case "io": return UioModule.Instance;
                case "uos": case "os": return UosModule.Instance;
                case "uselect": case "select": return SelectModule.Instance;
                case "uhashlib": case "hashlib": return UhashlibModule.Instance;
                case "array": return ArrayModule.Instance;
                case "uzlib": case "zlib": return UzlibModule.Instance;
                case "ure": case "re": return UreModule.Instance;
                case "uctypes": return UctypesModule.Instance;
                case "usocket": case "socket": return UsocketModule.Instance;
                case "network": return NetworkModule.Instance;
                case "framebuf": return FramebufModule.Instance;
                case "neopixel": return NeopixelModule.Instance;
                case "onewire": return OnewireModule.Instance;
                case "ds18x20": return Ds18x20Module.Instance;
                case "dht": return DhtModule.Instance;
                case "vfs": return VfsModule.Instance;
                case "urandom": case "random": return UrandomModule.Instance;
            }
            return null;
        }
    }
}
