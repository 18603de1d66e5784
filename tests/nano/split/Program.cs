using System;
using System.Collections.Generic;
using System.IO;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace MicroPy.Nano.Split
{
    /// <summary>
    /// nanoFramework's .pe format addresses byte code and strings with 16-bit offsets, so one assembly holds at most
    /// 64 KB of each; the interpreter needs more. This tool cuts one built nano assembly into parts by type (a map
    /// file of "TypeFullName PartName" lines; unmapped types go to the default part): every part is a copy of the
    /// input renamed to its part name, whose references to types and members of other parts are rewritten as
    /// references into those assemblies, and whose foreign types are then removed. The parts reference each other in
    /// cycles, which nanoCLR resolves once all assemblies are loaded. Compiler-generated top-level types
    /// (&lt;Module&gt;, &lt;PrivateImplementationDetails&gt;, embedded attributes) stay in every part. Everything is made public, since
    /// internal members are now used across assemblies.
    /// Caveat found on the POSIX nanoCLR: it resolves an assembly only after every assembly it references is resolved
    /// (CLR_RT_Assembly::Resolve_AssemblyRef), so parts that reference each other in a cycle fail to link; the parts
    /// must form a DAG. "--analyze in.dll" prints the strongly connected components of the type graph with their IL
    /// sizes: a component bigger than the limit cannot be split without changing the code.
    /// usage: split in.dll outdir mapfile defaultPart entryType | split --analyze in.dll
    /// </summary>
    public static class Program
    {
        private static Dictionary<string, string> s_map = new Dictionary<string, string>(StringComparer.Ordinal);
        private static string s_default;

        public static int Main(string[] args)
        {
            if (args[0] == "--analyze")
            {
                return Analyze.Run(args[1]);
            }
            string input = args[0];
            string outDir = args[1];
            foreach (string line in File.ReadAllLines(args[2]))
            {
                string[] kv = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (kv.Length == 2)
                {
                    s_map[kv[0]] = kv[1];
                }
            }
            s_default = args[3];
            string entryType = args[4];
            List<string> parts = new List<string>();
            parts.Add(s_default);
            foreach (string p in s_map.Values)
            {
                if (!parts.Contains(p))
                {
                    parts.Add(p);
                }
            }
            DefaultAssemblyResolver resolver = new DefaultAssemblyResolver();
            resolver.AddSearchDirectory(Path.GetDirectoryName(Path.GetFullPath(input)));
            foreach (string part in parts)
            {
                ModuleDefinition m = ModuleDefinition.ReadModule(input, new ReaderParameters { AssemblyResolver = resolver });
                Splitter s = new Splitter(m, part);
                int kept = s.Run();
                if (part == s_default)
                {
                    TypeDefinition entry = m.GetType(entryType);
                    foreach (MethodDefinition md in entry != null ? entry.Methods : new Mono.Collections.Generic.Collection<MethodDefinition>())
                    {
                        if (md.Name == "Main" && md.IsStatic)
                        {
                            m.EntryPoint = md;
                        }
                    }
                    m.Kind = entry != null ? ModuleKind.Console : ModuleKind.Dll;
                }
                else
                {
                    m.Kind = ModuleKind.Dll;
                }
                m.Assembly.Name.Name = part;
                m.Name = part + ".dll";
                m.Write(Path.Combine(outDir, part + ".dll"));
                Console.WriteLine(part + ": " + kept + " types");
            }
            return 0;
        }

        public static string PartOf(TypeDefinition t)
        {
            while (t.DeclaringType != null)
            {
                t = t.DeclaringType;
            }
            if (t.Name.StartsWith("<", StringComparison.Ordinal) || t.Namespace == "Microsoft.CodeAnalysis"
                || t.Namespace == "System.Runtime.CompilerServices")
            {
                return null;
            }
            string p;
            return s_map.TryGetValue(t.FullName, out p) ? p : s_default;
        }

        private sealed class Splitter
        {
            private readonly ModuleDefinition _m;
            private readonly string _part;
            private readonly Dictionary<string, AssemblyNameReference> _asm = new Dictionary<string, AssemblyNameReference>();
            private readonly Dictionary<TypeDefinition, TypeReference> _types = new Dictionary<TypeDefinition, TypeReference>();
            private readonly Dictionary<IMemberDefinition, MemberReference> _members = new Dictionary<IMemberDefinition, MemberReference>();

            public Splitter(ModuleDefinition m, string part)
            {
                _m = m;
                _part = part;
            }

            private bool Foreign(TypeDefinition t)
            {
                string p = PartOf(t);
                return p != null && p != _part;
            }

            public int Run()
            {
                List<TypeDefinition> all = new List<TypeDefinition>(_m.GetTypes());
                foreach (TypeDefinition t in all)
                {
                    MakePublic(t);
                    if (Foreign(t))
                    {
                        continue;
                    }
                    if (t.BaseType != null) t.BaseType = Fix(t.BaseType);
                    foreach (InterfaceImplementation i in t.Interfaces) i.InterfaceType = Fix(i.InterfaceType);
                    foreach (FieldDefinition f in t.Fields) f.FieldType = Fix(f.FieldType);
                    foreach (PropertyDefinition pd in t.Properties) pd.PropertyType = Fix(pd.PropertyType);
                    foreach (EventDefinition ed in t.Events) ed.EventType = Fix(ed.EventType);
                    foreach (MethodDefinition md in t.Methods)
                    {
                        md.ReturnType = Fix(md.ReturnType);
                        foreach (ParameterDefinition pd in md.Parameters) pd.ParameterType = Fix(pd.ParameterType);
                        for (int k = 0; k < md.Overrides.Count; k++) md.Overrides[k] = FixMethod(md.Overrides[k]);
                        FixAttributes(md.CustomAttributes);
                        if (!md.HasBody) continue;
                        foreach (VariableDefinition v in md.Body.Variables) v.VariableType = Fix(v.VariableType);
                        foreach (ExceptionHandler h in md.Body.ExceptionHandlers)
                        {
                            if (h.CatchType != null) h.CatchType = Fix(h.CatchType);
                        }
                        foreach (Instruction ins in md.Body.Instructions)
                        {
                            if (ins.Operand is MethodReference mr) ins.Operand = FixMethod(mr);
                            else if (ins.Operand is FieldReference fr) ins.Operand = FixField(fr);
                            else if (ins.Operand is TypeReference tr) ins.Operand = Fix(tr);
                        }
                    }
                    FixAttributes(t.CustomAttributes);
                }
                FixAttributes(_m.Assembly.CustomAttributes);
                int kept = 0;
                for (int i = _m.Types.Count - 1; i >= 0; i--)
                {
                    if (Foreign(_m.Types[i]))
                    {
                        _m.Types.RemoveAt(i);
                    }
                    else
                    {
                        kept++;
                    }
                }
                return kept;
            }

            private static void MakePublic(TypeDefinition t)
            {
                if (t.DeclaringType == null)
                {
                    t.IsPublic = true;
                }
                else
                {
                    t.IsNestedPublic = true;
                }
                foreach (FieldDefinition f in t.Fields)
                {
                    if (!f.IsPublic) f.IsPublic = true;
                }
                foreach (MethodDefinition md in t.Methods)
                {
                    if (!md.IsPublic && !md.IsConstructor || md.IsConstructor && !md.IsStatic && !md.IsPublic) md.IsPublic = true;
                }
            }

            private void FixAttributes(Mono.Collections.Generic.Collection<CustomAttribute> attrs)
            {
                foreach (CustomAttribute a in attrs)
                {
                    if (a.Constructor is MethodDefinition md && Foreign(md.DeclaringType))
                    {
                        throw new InvalidOperationException("attribute from another part: " + md.FullName);
                    }
                }
            }

            private AssemblyNameReference Asm(string part)
            {
                AssemblyNameReference r;
                if (!_asm.TryGetValue(part, out r))
                {
                    r = new AssemblyNameReference(part, _m.Assembly.Name.Version);
                    _m.AssemblyReferences.Add(r);
                    _asm[part] = r;
                }
                return r;
            }

            private TypeReference Fix(TypeReference t)
            {
                if (t == null)
                {
                    return null;
                }
                if (t is ArrayType at)
                {
                    if (!at.IsVector) throw new InvalidOperationException("multidimensional array " + at.FullName);
                    TypeReference e = Fix(at.ElementType);
                    return e == at.ElementType ? t : new ArrayType(e);
                }
                if (t is ByReferenceType bt)
                {
                    TypeReference e = Fix(bt.ElementType);
                    return e == bt.ElementType ? t : new ByReferenceType(e);
                }
                if (t is PointerType pt)
                {
                    TypeReference e = Fix(pt.ElementType);
                    return e == pt.ElementType ? t : new PointerType(e);
                }
                if (t is TypeSpecification)
                {
                    throw new InvalidOperationException("unsupported type " + t.FullName);
                }
                TypeDefinition td = t as TypeDefinition;
                if (td == null || !Foreign(td))
                {
                    return t;
                }
                TypeReference r;
                if (!_types.TryGetValue(td, out r))
                {
                    r = new TypeReference(td.DeclaringType == null ? td.Namespace : "", td.Name, _m, Asm(PartOf(td)), td.IsValueType);
                    if (td.DeclaringType != null)
                    {
                        r.DeclaringType = Fix(td.DeclaringType);
                    }
                    _types[td] = r;
                }
                return r;
            }

            private MethodReference FixMethod(MethodReference mr)
            {
                MethodDefinition md = mr as MethodDefinition;
                if (md == null)
                {
                    // a reference into mscorlib (or System.Math...): signatures there never mention our types
                    return mr;
                }
                if (!Foreign(md.DeclaringType))
                {
                    return mr;
                }
                MemberReference r;
                if (!_members.TryGetValue(md, out r))
                {
                    MethodReference n = new MethodReference(md.Name, Fix(md.ReturnType), Fix(md.DeclaringType));
                    n.HasThis = md.HasThis;
                    n.ExplicitThis = md.ExplicitThis;
                    n.CallingConvention = md.CallingConvention;
                    foreach (ParameterDefinition p in md.Parameters)
                    {
                        n.Parameters.Add(new ParameterDefinition(Fix(p.ParameterType)));
                    }
                    r = n;
                    _members[md] = r;
                }
                return (MethodReference)r;
            }

            private FieldReference FixField(FieldReference fr)
            {
                FieldDefinition fd = fr as FieldDefinition;
                if (fd == null || !Foreign(fd.DeclaringType))
                {
                    return fr;
                }
                MemberReference r;
                if (!_members.TryGetValue(fd, out r))
                {
                    r = new FieldReference(fd.Name, Fix(fd.FieldType), Fix(fd.DeclaringType));
                    _members[fd] = r;
                }
                return (FieldReference)r;
            }
        }
    }
}
