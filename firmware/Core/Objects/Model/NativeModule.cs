namespace MicroPy.Objects
{
    /// <summary>
    /// A builtin module: its member table (functions and MemberValue constants) plus optional set-up of
    /// values that need construction (classes, objects). Registered with Interp.RegisterModule.
    /// </summary>
    public abstract class NativeModule : NativeTable
    {
        /// <summary>Import name, e.g. "ujson". Plain-name aliases ("json") are registered separately.</summary>
        public readonly string ModuleName;

        protected NativeModule(string moduleName, string[] names) : base(names)
        {
            ModuleName = moduleName;
        }

        /// <summary>
        /// Members are created one by one on first lookup instead of all when the dict is first needed (builtins:
        /// MicroPython keeps them in ROM; here only what a program uses gets a function object in the heap).
        /// </summary>
        public virtual bool LazyMembers
        {
            get { return false; }
        }

        /// <summary>
        /// Whether Python code may set or delete the module's attributes. MicroPython keeps builtin modules in ROM,
        /// so `sys.x = 1` is an AttributeError; only builtins can be overridden (as on its unix port).
        /// </summary>
        public virtual bool Writable
        {
            get { return false; }
        }

        /// <summary>Called once when the module's dict is first built; add non-function members here.</summary>
        public virtual void Init(PyModule module, PyDict dict)
        {
        }
    }
}
