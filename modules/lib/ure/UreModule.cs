using MicroPy.Objects;

namespace MicroPy.Modules
{
    /// <summary>ure: compile, match, search, split, sub, DEBUG; regex objects and match objects.</summary>
    public sealed class UreModule : NativeModule
    {
        private static UreModule s_instance;

        /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
        public static UreModule Instance
        {
            get { return s_instance ?? (s_instance = new UreModule()); }
        }

        private UreModule() : base("ure", new string[] { "compile", "match", "search", "split", "sub", "DEBUG" })
        {
        }

        /// <summary>The member ids: each name's index in the table above (NativeTableIdTests checks the pairing).</summary>
        public static class Id
        {
            public const int Compile = 0;
            public const int Match = 1;
            public const int Search = 2;
            public const int Split = 3;
            public const int Sub = 4;
            public const int DEBUG = 5;
        }

        public override int Kind(int id)
        {
            return id == Id.DEBUG ? MemberValue : MemberStatic;
        }

        public override object GetValue(int id)
        {
            return PyInt.Create(4096);
        }

        public override object Call(int id, object[] args, int argc, int kwc)
        {
            if (argc < 1)
            {
                throw Err.Type(Names[id] + "() missing pattern");
            }
            PyRegex re = args[0] as PyRegex ?? PyRegex.Make(args[0]);
            if (id == Id.Compile)
            {
                return re;
            }
            object[] rest = new object[argc - 1 + 2 * kwc];
            System.Array.Copy(args, 1, rest, 0, rest.Length);
            return PyRegex.Dispatch(re, id, rest, argc - 1, kwc);
        }
    }
}
