using MicroPy.Core;

namespace MicroPy.Modules
{
    /// <summary>Every builtin module, registered under its u-name and its plain alias.</summary>
    public static class ModuleRegistry
    {
        public static void RegisterAll(Interp interp)
        {
        }
    }
}
