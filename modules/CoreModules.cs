using MicroPy.Core;

namespace MicroPy.Modules
{
    /// <summary>The modules every port has (sys, gc, micropython), registered before the library modules.</summary>
    public static class CoreModules
    {
        public static void RegisterAll(Interp interp)
        {
            interp.RegisterModule("sys", SysModule.Instance);
            interp.RegisterModule("usys", SysModule.Instance);
            interp.RegisterModule("gc", GcModule.Instance);
            interp.RegisterModule("micropython", MicroPythonModule.Instance);
            interp.RegisterModule("utime", UtimeModule.Instance);
            interp.RegisterModule("time", UtimeModule.Instance);
            interp.RegisterModule("machine", MicroPy.Modules.Machine.MachineModule.Instance);
            interp.RegisterModule("umachine", MicroPy.Modules.Machine.MachineModule.Instance);
        }
    }
}
