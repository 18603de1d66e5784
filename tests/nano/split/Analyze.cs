using System;
using System.Collections.Generic;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace MicroPy.Nano.Split
{
    /// <summary>Strongly connected components of the top-level type dependency graph, with IL byte counts.</summary>
    public static class Analyze
    {
        private static Dictionary<TypeDefinition, HashSet<TypeDefinition>> s_edges = new Dictionary<TypeDefinition, HashSet<TypeDefinition>>();

        private static TypeDefinition Top(TypeReference t)
        {
            while (t is TypeSpecification ts)
            {
                t = ts.ElementType;
            }
            TypeDefinition d = t as TypeDefinition;
            while (d != null && d.DeclaringType != null)
            {
                d = d.DeclaringType;
            }
            return d;
        }

        private static void Edge(TypeDefinition from, TypeReference to)
        {
            TypeDefinition d = to == null ? null : Top(to);
            if (d != null && d != from && !d.Name.StartsWith("<", StringComparison.Ordinal))
            {
                s_edges[from].Add(d);
            }
        }

        public static int Run(string input)
        {
            ModuleDefinition m = ModuleDefinition.ReadModule(input);
            Dictionary<TypeDefinition, int> il = new Dictionary<TypeDefinition, int>();
            foreach (TypeDefinition top in m.Types)
            {
                if (top.Name.StartsWith("<", StringComparison.Ordinal)) continue;
                s_edges[top] = new HashSet<TypeDefinition>();
                il[top] = 0;
            }
            foreach (TypeDefinition t in m.GetTypes())
            {
                TypeDefinition top = Top(t);
                if (!s_edges.ContainsKey(top)) continue;
                Edge(top, t.BaseType);
                foreach (InterfaceImplementation i in t.Interfaces) Edge(top, i.InterfaceType);
                foreach (FieldDefinition f in t.Fields) Edge(top, f.FieldType);
                foreach (MethodDefinition md in t.Methods)
                {
                    Edge(top, md.ReturnType);
                    foreach (ParameterDefinition p in md.Parameters) Edge(top, p.ParameterType);
                    if (!md.HasBody) continue;
                    il[top] += md.Body.CodeSize;
                    foreach (VariableDefinition v in md.Body.Variables) Edge(top, v.VariableType);
                    foreach (Instruction ins in md.Body.Instructions)
                    {
                        if (ins.Operand is MemberReference mr && !(ins.Operand is TypeReference)) Edge(top, mr.DeclaringType);
                        if (ins.Operand is TypeReference tr) Edge(top, tr);
                    }
                }
            }
            // Tarjan
            int index = 0;
            Dictionary<TypeDefinition, int> idx = new Dictionary<TypeDefinition, int>(), low = new Dictionary<TypeDefinition, int>();
            Stack<TypeDefinition> stack = new Stack<TypeDefinition>();
            HashSet<TypeDefinition> on = new HashSet<TypeDefinition>();
            List<List<TypeDefinition>> sccs = new List<List<TypeDefinition>>();
            void Visit(TypeDefinition v)
            {
                idx[v] = low[v] = index++;
                stack.Push(v);
                on.Add(v);
                foreach (TypeDefinition w in s_edges[v])
                {
                    if (!s_edges.ContainsKey(w)) continue;
                    if (!idx.ContainsKey(w)) { Visit(w); low[v] = Math.Min(low[v], low[w]); }
                    else if (on.Contains(w)) low[v] = Math.Min(low[v], idx[w]);
                }
                if (low[v] == idx[v])
                {
                    List<TypeDefinition> c = new List<TypeDefinition>();
                    TypeDefinition w;
                    do { w = stack.Pop(); on.Remove(w); c.Add(w); } while (w != v);
                    sccs.Add(c);
                }
            }
            foreach (TypeDefinition t in s_edges.Keys)
            {
                if (!idx.ContainsKey(t)) Visit(t);
            }
            int total = 0;
            foreach (int n in il.Values) total += n;
            sccs.Sort((a, b) => Sum(b, il).CompareTo(Sum(a, il)));
            Console.WriteLine("IL total " + total + " bytes in " + il.Count + " top-level types; " + sccs.Count + " strongly connected components");
            for (int i = 0; i < sccs.Count && i < 5; i++)
            {
                List<string> names = new List<string>();
                foreach (TypeDefinition t in sccs[i]) names.Add(t.Name);
                names.Sort(StringComparer.Ordinal);
                Console.WriteLine("component " + i + ": IL " + Sum(sccs[i], il) + " bytes, " + sccs[i].Count + " types" +
                    (sccs[i].Count <= 40 ? ": " + string.Join(" ", names) : ""));
            }
            return 0;
        }

        private static int Sum(List<TypeDefinition> c, Dictionary<TypeDefinition, int> il)
        {
            int s = 0;
            foreach (TypeDefinition t in c) s += il[t];
            return s;
        }
    }
}
