using System;
using System.Collections.Generic;
using System.Reflection;
using MicroPy.Objects;
using MicroPy.Types;
using MicroPy.Runtime;
using Xunit;

namespace MicroPy.Tests.Objects
{
    /// <summary>
    /// Member ids are named (issue 30): a native table (type or module) with a nested Id class has exactly one constant
    /// per name in its table, whose value is the name's index, and whose spelling is the name's (underscores and case
    /// aside). Checked for every such table in the portable code and the simulated board's assemblies.
    /// </summary>
    public class NativeTableIdTests
    {
        private static readonly string[] s_assemblies = { "MicroPy.Nano.Core", "MicroPy.Nano.Hal.Simulated", "MicroPy.Nano.Modules.Sim" };

        private static NativeTable InstanceOf(Type t)
        {
            const BindingFlags Any = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static;
            PropertyInfo p = t.GetProperty("Instance", Any);
            if (p != null)
            {
                return (NativeTable)p.GetValue(null);
            }
            FieldInfo f = t.GetField("Instance", Any);
            if (f != null)
            {
                return (NativeTable)f.GetValue(null);
            }
            ConstructorInfo c = t.GetConstructor(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance, null, Type.EmptyTypes, null);
            return c != null ? (NativeTable)c.Invoke(null) : null;
        }

        private static string Bare(string s)
        {
            return s.Replace("_", "").ToLowerInvariant();
        }

        [Fact]
        public void EveryNameMapsToItsId()
        {
            List<string> problems = new List<string>();
            List<string> checkedTables = new List<string>();
            foreach (string a in s_assemblies)
            {
                foreach (Type t in Assembly.Load(a).GetTypes())
                {
                    Type idClass = t.GetNestedType("Id", BindingFlags.Public | BindingFlags.NonPublic);
                    if (!typeof(NativeTable).IsAssignableFrom(t) || t.IsAbstract || idClass == null)
                    {
                        continue;
                    }
                    NativeTable table = InstanceOf(t);
                    if (table == null)
                    {
                        problems.Add(t.FullName + ": has an Id class but no Instance and no parameterless constructor to read its names");
                        continue;
                    }
                    checkedTables.Add(t.Name);
                    string[] names = table.Names;
                    bool[] named = new bool[names.Length];
                    foreach (FieldInfo f in idClass.GetFields(BindingFlags.Public | BindingFlags.Static))
                    {
                        int v = (int)f.GetRawConstantValue();
                        if (v < 0 || v >= names.Length)
                        {
                            problems.Add(t.FullName + ".Id." + f.Name + " = " + v + " is outside the table's " + names.Length + " names");
                            continue;
                        }
                        if (named[v])
                        {
                            problems.Add(t.FullName + ": two ids for '" + names[v] + "'");
                        }
                        named[v] = true;
                        if (Bare(f.Name) != Bare(names[v]))
                        {
                            problems.Add(t.FullName + ".Id." + f.Name + " = " + v + " but names[" + v + "] is '" + names[v] + "'");
                        }
                    }
                    for (int i = 0; i < names.Length; i++)
                    {
                        if (!named[i])
                        {
                            problems.Add(t.FullName + ": no Id for '" + names[i] + "'");
                        }
                    }
                }
            }
            Assert.True(problems.Count == 0, string.Join("\n", problems));
            Assert.Contains("StrTable", checkedTables);
            Assert.Contains("BuiltinsModule", checkedTables);
            Assert.Contains("SimModule", checkedTables);
        }
    }
}
