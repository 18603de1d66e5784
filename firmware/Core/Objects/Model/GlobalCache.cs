namespace MicroPy.Objects
{
    /// <summary>
    /// Per-code-object cache of global and builtin name lookups, indexed like CodeObject.Names: the dict, its
    /// Version and the entry position where the name was found (entry -1: absent from globals, found in builtins).
    /// </summary>
    public sealed class GlobalCache
    {
        public readonly PyDict[] Dict;
        public readonly int[] Ver;
        public readonly int[] Entry;
        public readonly PyDict[] BDict;
        public readonly int[] BVer;
        public readonly int[] BEntry;

        public GlobalCache(int n)
        {
            Dict = new PyDict[n];
            Ver = new int[n];
            Entry = new int[n];
            BDict = new PyDict[n];
            BVer = new int[n];
            BEntry = new int[n];
        }
    }
}
