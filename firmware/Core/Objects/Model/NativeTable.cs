namespace MicroPy.Objects
{
    /// <summary>
    /// The constant table of a builtin type's or module's members, MicroPython style: one array of names and
    /// one Call that switches on the member index. Member objects (PyNativeFunction) are created lazily
    /// when the owning type's or module's dict is first needed, so start-up allocates almost nothing.
    /// For methods of a type, args[0] is self (argc counts it). For MemberClass, args[0] is the class.
    /// </summary>
    public abstract class NativeTable
    {
        public const int MemberMethod = 0;
        public const int MemberStatic = 1;
        public const int MemberClass = 2;
        /// <summary>Not callable: a constant whose value comes from GetValue(id) (module constants, type attributes).</summary>
        public const int MemberValue = 3;

        public readonly string[] Names;

        protected NativeTable(string[] names)
        {
            Names = names;
        }

        /// <summary>Runs member id. args[0..argc) positional, then kwc (name, value) pairs (see PyObject.Call).</summary>
        public abstract object Call(int id, object[] args, int argc, int kwc);

        /// <summary>Kind of member id: MemberMethod, MemberStatic, MemberClass or MemberValue.</summary>
        public virtual int Kind(int id)
        {
            return MemberMethod;
        }

        /// <summary>The VM's inline form of member id (PyNativeFunction.FastListAppend, FastLen), or 0.</summary>
        public virtual int FastKind(int id)
        {
            return 0;
        }

        /// <summary>Value of a MemberValue member.</summary>
        public virtual object GetValue(int id)
        {
            return PyNone.None;
        }

        /// <summary>Calling the type: build an instance. cls is the native type itself or a user subclass of it.</summary>
        public virtual object Construct(PyType cls, object[] args, int argc, int kwc)
        {
            throw Err.Type("cannot create '" + cls.Name + "' instances");
        }

        public int IndexOf(string name)
        {
            string[] names = Names;
            for (int i = 0; i < names.Length; i++)
            {
                if ((object)names[i] == (object)name || names[i] == name)
                {
                    return i;
                }
            }
            return -1;
        }
    }
}
