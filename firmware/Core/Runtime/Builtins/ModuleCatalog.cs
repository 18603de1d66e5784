using MicroPy.Objects;

namespace MicroPy.Runtime
{
    /// <summary>
    /// The builtin modules an image offers: a constant table of importable names and a factory. The interpreter core
    /// does not reference the modules (they are built on top of it, in their own nanoFramework assembly); the host
    /// passes the catalog to Interp, and a module object is created on its first import, not at start-up.
    /// </summary>
    public abstract class ModuleCatalog
    {
        /// <summary>Importable names, u-names and plain aliases alike ("ujson", "json").</summary>
        public readonly string[] Names;

        protected ModuleCatalog(string[] names)
        {
            Names = names;
        }

        /// <summary>The module for Names[index].</summary>
        public abstract NativeModule Get(int index);
    }
}
