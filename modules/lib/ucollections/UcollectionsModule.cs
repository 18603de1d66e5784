using MicroPy.Objects;
using MicroPy.Types;

namespace MicroPy.Modules
{
    /// <summary>ucollections: namedtuple (fields from a sequence or a space/comma separated string) and OrderedDict.</summary>
    public sealed class UcollectionsModule : NativeModule
    {
        private static UcollectionsModule s_instance;

        /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
        public static UcollectionsModule Instance
        {
            get { return s_instance ?? (s_instance = new UcollectionsModule()); }
        }

        private UcollectionsModule() : base("ucollections", new string[] { "namedtuple", "OrderedDict" })
        {
        }

        public override int Kind(int id)
        {
            return id == 0 ? MemberStatic : MemberValue;
        }

        public override object GetValue(int id)
        {
            return PyDict.OrderedDictType;
        }

        public override object Call(int id, object[] args, int argc, int kwc)
        {
            if (argc < 2)
            {
                throw Err.Type("namedtuple() missing required arguments");
            }
            string name = args[0] as string;
            object fieldsArg = args[1];
            string[] fields;
            string fs = fieldsArg as string;
            if (fs != null)
            {
                PyList parts = StrTable.Split(StrTable.Replace(fs, ",", " ", -1), null, -1);
                fields = new string[parts.Count];
                for (int i = 0; i < parts.Count; i++)
                {
                    fields[i] = (string)parts.Items[i];
                }
            }
            else
            {
                object[] items = Ops.ToArray(fieldsArg);
                fields = new string[items.Length];
                for (int i = 0; i < items.Length; i++)
                {
                    fields[i] = items[i] as string;
                    if (fields[i] == null)
                    {
                        throw Err.Type("Type names and field names must be strings");
                    }
                }
            }
            for (int i = 0; i < fields.Length; i++)
            {
                if (fields[i].Length == 0 || !CharInfo.IsIdStart(fields[i][0]))
                {
                    throw Err.Value("Type names and field names must be valid identifiers: " + PyStr.Repr(fields[i]));
                }
                for (int k = 0; k < i; k++)
                {
                    if (fields[k] == fields[i])
                    {
                        throw Err.Value("Encountered duplicate field name: " + PyStr.Repr(fields[i]));
                    }
                }
            }
            return PyNamedTuple.MakeType(name, fields);
        }
    }
}
