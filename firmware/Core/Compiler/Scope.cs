
namespace MicroPy.Compiler
{
    /// <summary>
    /// A name scope found by the symbol pass (module, class, function, lambda, comprehension) and, after Resolve,
    /// where each name lives: a fast local slot, a cell (own or free), a global, or a dict lookup by name.
    /// </summary>
    public sealed class Scope
    {
        public const int KindModule = 0;
        public const int KindClass = 1;
        public const int KindFunction = 2;

        public const int FlagAssigned = 1;
        public const int FlagParam = 2;
        public const int FlagGlobal = 4;
        public const int FlagNonlocal = 8;
        public const int FlagUsed = 16;

        public const int WhereFast = 0;
        public const int WhereCell = 1;
        public const int WhereGlobal = 2;
        public const int WhereName = 3;
        /// <summary>Class body reading a variable of an enclosing function: locals dict, then the cell.</summary>
        public const int WhereClassDeref = 4;

        public readonly int Kind;
        public readonly Scope Parent;
        public string Name;
        public bool IsGenerator;
        public bool IsCoroutine;
        public bool UsesSuperOrClass;
        /// <summary>Class scope: a method uses super()/__class__, so the body provides a __class__ cell.</summary>
        public bool NeedsClassCell;
        public bool HasStarImport;

        public string[] Names = new string[8];
        public int[] Flags = new int[8];
        public int Count;

        // Resolution results (parallel to Names).
        public int[] Where;
        public int[] Index;

        /// <summary>Fast locals in slot order (parameters first).</summary>
        public string[] FastNames;
        public int FastCount;
        /// <summary>Cells: own cell vars first, then free vars from enclosing scopes.</summary>
        public string[] CellNames;
        public int CellCount;
        public int OwnCellCount;
        public string[] Params = new string[0];

        public Scope[] Children = new Scope[0];
        public int ChildCount;
        /// <summary>Free variables (names bound in an enclosing function) used here or passed through.</summary>
        public string[] Frees = new string[0];
        public int FreeCount;
        public const int FlagCaptured = 32;

        public void AddChild(Scope c)
        {
            if (ChildCount == Children.Length)
            {
                Scope[] g = new Scope[ChildCount == 0 ? 4 : ChildCount * 2];
                System.Array.Copy(Children, g, ChildCount);
                Children = g;
            }
            Children[ChildCount++] = c;
        }

        public void AddFree(string name)
        {
            for (int i = 0; i < FreeCount; i++)
            {
                if (Frees[i] == name)
                {
                    return;
                }
            }
            if (FreeCount == Frees.Length)
            {
                string[] g = new string[FreeCount == 0 ? 4 : FreeCount * 2];
                System.Array.Copy(Frees, g, FreeCount);
                Frees = g;
            }
            Frees[FreeCount++] = name;
        }

        public Scope(int kind, Scope parent, string name)
        {
            Kind = kind;
            Parent = parent;
            Name = name;
        }

        public int Find(string name)
        {
            for (int i = 0; i < Count; i++)
            {
                if ((object)Names[i] == (object)name || Names[i] == name)
                {
                    return i;
                }
            }
            return -1;
        }

        public int Add(string name, int flags)
        {
            int i = Find(name);
            if (i >= 0)
            {
                Flags[i] |= flags;
                return i;
            }
            if (Count == Names.Length)
            {
                string[] n = new string[Count * 2];
                int[] f = new int[Count * 2];
                System.Array.Copy(Names, n, Count);
                System.Array.Copy(Flags, f, Count);
                Names = n;
                Flags = f;
            }
            Names[Count] = name;
            Flags[Count] = flags;
            return Count++;
        }

        /// <summary>Is name bound in this function scope (a local or param, not declared global/nonlocal)?</summary>
        public bool IsLocal(string name)
        {
            int i = Find(name);
            return i >= 0 && (Flags[i] & (FlagAssigned | FlagParam)) != 0 && (Flags[i] & (FlagGlobal | FlagNonlocal)) == 0;
        }

        public int CellIndex(string name)
        {
            for (int i = 0; i < CellCount; i++)
            {
                if (CellNames[i] == name)
                {
                    return i;
                }
            }
            return -1;
        }

        public int AddCell(string name)
        {
            int i = CellIndex(name);
            if (i >= 0)
            {
                return i;
            }
            if (CellNames == null)
            {
                CellNames = new string[4];
            }
            if (CellCount == CellNames.Length)
            {
                string[] g = new string[CellCount * 2];
                System.Array.Copy(CellNames, g, CellCount);
                CellNames = g;
            }
            CellNames[CellCount] = name;
            return CellCount++;
        }
    }
}
