using MicroPy.Objects;

namespace MicroPy.Modules
{
    /// <summary>uhashlib: sha256 and sha1 objects with update() and digest(); no hexdigest, as the seed says.</summary>
    public sealed class UhashlibModule : ValueModule
    {
        private static UhashlibModule s_instance;

        /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
        public static UhashlibModule Instance
        {
            get { return s_instance ?? (s_instance = new UhashlibModule()); }
        }

        private UhashlibModule() : base("uhashlib", new string[] { "sha256", "sha1" })
        {
        }

        public override object GetValue(int id)
        {
            return id == 0 ? PyHash.Sha256Type : PyHash.Sha1Type;
        }
    }
}
