using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using MicroPy.Objects;
using MicroPy.Runtime;

namespace MicroPy.Freeze
{
    /// <summary>
    /// micropy-freeze --out DIR [--project CORE_CSPROJ] [--verbose] script.py...
    ///
    /// Compiles each script with the interpreter's own compiler (the bytecode the device makes from the same source),
    /// translates every function the Translator accepts to a CompiledCode class and writes DIR/Frozen/*.cs: one class
    /// per code object and FrozenCode.Register(), which registers each body under its code object's key
    /// (CompiledRegistry.Key). With --project it also writes DIR/MicroPy.Frozen.csproj (net10.0, referencing that
    /// Core project), which `micropy --native DIR/bin/.../MicroPy.Frozen.dll` loads. Prints how many code objects
    /// were translated and why the others stay interpreted.
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            string outDir = null;
            string project = null;
            bool verbose = false;
            List<string> files = new List<string>();
            for (int i = 0; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--out":
                        outDir = args[++i];
                        break;
                    case "--project":
                        project = args[++i];
                        break;
                    case "--verbose":
                        verbose = true;
                        break;
                    default:
                        files.Add(args[i]);
                        break;
                }
            }
            if (outDir == null || files.Count == 0)
            {
                Console.Error.WriteLine("usage: micropy-freeze --out DIR [--project CORE_CSPROJ] [--verbose] script.py...");
                return 2;
            }
            string gen = Path.Combine(outDir, "Frozen");
            Directory.CreateDirectory(gen);
            foreach (string old in Directory.GetFiles(gen, "*.cs"))
            {
                File.Delete(old);
            }
            // The compiler folds constant float expressions (2.0 ** 53) through the platform's float maths.
            MicroPy.Hal.Platform.Math = new MicroPy.Hal.Desktop.DesktopMath();
            Dictionary<string, int> byKey = new Dictionary<string, int>();
            SortedDictionary<string, int> reasons = new SortedDictionary<string, int>();
            int translated = 0;
            int refused = 0;
            int skippedFiles = 0;
            StringBuilder register = new StringBuilder();
            foreach (string file in files)
            {
                CodeObject module;
                try
                {
                    module = (CodeObject)CodeRunner.Compile(File.ReadAllText(file), Path.GetFileName(file), CodeRunner.ModeExec);
                }
                catch (PyException e)
                {
                    // Scripts that test SyntaxError and friends: nothing to translate.
                    skippedFiles++;
                    if (verbose)
                    {
                        Console.Error.WriteLine(file + ": not compiled (" + e.GetType().Name + ")");
                    }
                    continue;
                }
                catch (Exception e)
                {
                    // A compiler fault must not pass for an uncompilable script (its functions would silently stay
                    // interpreted).
                    Console.Error.WriteLine("micropy-freeze: " + file + ": internal error while compiling" + (verbose ? ": " + e : " (--verbose shows it)"));
                    return 1;
                }
                foreach (CodeObject code in Walk(module))
                {
                    if (code.IsModule || code.IsClassBody)
                    {
                        continue;
                    }
                    Translator t = new Translator(code);
                    string body = t.Translate();
                    if (body == null)
                    {
                        refused++;
                        reasons[t.Refusal] = reasons.TryGetValue(t.Refusal, out int r) ? r + 1 : 1;
                        if (verbose)
                        {
                            Console.Error.WriteLine(file + ": " + code.Name + " interpreted: " + t.Refusal);
                        }
                        continue;
                    }
                    translated++;
                    string key = CompiledRegistry.Key(code);
                    if (byKey.ContainsKey(key))
                    {
                        continue;
                    }
                    int id = byKey.Count;
                    byKey[key] = id;
                    string cls = "C" + id.ToString(CultureInfo.InvariantCulture);
                    File.WriteAllText(Path.Combine(gen, cls + ".cs"), ClassText(cls, file, code, body, t.Arity, t.Spills));
                    register.Append("            CompiledRegistry.Register(").Append(Literal(key)).Append(", new ").Append(cls).Append("());\n");
                }
            }
            File.WriteAllText(Path.Combine(gen, "FrozenCode.cs"),
                "using MicroPy.Objects;\nusing MicroPy.Values;\nusing MicroPy.Types;\nusing MicroPy.Runtime;\n\nnamespace MicroPy.Frozen\n{\n    /// <summary>Generated by micropy-freeze: registers the compiled bodies.</summary>\n"
                + "    public static class FrozenCode\n    {\n        public static int Register()\n        {\n"
                + register + "            return " + byKey.Count.ToString(CultureInfo.InvariantCulture) + ";\n        }\n    }\n}\n");
            if (project != null)
            {
                string rel = Path.GetRelativePath(Path.GetFullPath(outDir), Path.GetFullPath(project));
                File.WriteAllText(Path.Combine(outDir, "MicroPy.Frozen.csproj"),
                    "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <TargetFramework>net10.0</TargetFramework>\n"
                    + "    <Nullable>disable</Nullable>\n    <ImplicitUsings>disable</ImplicitUsings>\n    <AssemblyName>MicroPy.Frozen</AssemblyName>\n"
                    + "    <NoWarn>$(NoWarn);CS0164;CS0162;CS0219;CS8321</NoWarn>\n  </PropertyGroup>\n  <ItemGroup>\n"
                    + "    <ProjectReference Include=\"" + rel + "\" Private=\"false\" />\n  </ItemGroup>\n</Project>\n");
            }
            Console.WriteLine("freeze: " + translated + " code objects compiled (" + byKey.Count + " distinct), " + refused
                + " left interpreted, " + skippedFiles + " scripts not compilable");
            foreach (KeyValuePair<string, int> kv in reasons.OrderByDescending(kv => kv.Value))
            {
                Console.WriteLine("  interpreted: " + kv.Value + " x " + kv.Key);
            }
            return 0;
        }

        private static IEnumerable<CodeObject> Walk(CodeObject code)
        {
            yield return code;
            if (code.Consts == null)
            {
                yield break;
            }
            foreach (object o in code.Consts)
            {
                if (o is CodeObject inner)
                {
                    foreach (CodeObject c in Walk(inner))
                    {
                        yield return c;
                    }
                }
            }
        }

        private static string ClassText(string cls, string file, CodeObject code, string body, int arity, int spills)
        {
            string head = "        public override object Run(Frame f, out long n)\n        {\n";
            if (arity >= 0)
            {
                // The direct entry (CompiledCode.Run0..Run3) holds the body; Run takes the arguments from R/I.
                string a = arity.ToString(CultureInfo.InvariantCulture);
                StringBuilder pars = new StringBuilder();
                StringBuilder args = new StringBuilder();
                for (int k = 0; k < arity; k++)
                {
                    string ks = k.ToString(CultureInfo.InvariantCulture);
                    pars.Append(", object a").Append(ks).Append(", long b").Append(ks);
                    args.Append(", R[f.Base + ").Append(ks).Append("], I[f.Base + ").Append(ks).Append(']');
                }
                head = "        public " + cls + "()\n        {\n            Arity = " + a + ";\n            Spills = " + spills.ToString(CultureInfo.InvariantCulture) + ";\n"
                    + "            NFast = " + code.NFast.ToString(CultureInfo.InvariantCulture) + ";\n            Window = " + (code.NFast + code.StackSize + 2).ToString(CultureInfo.InvariantCulture) + ";\n        }\n\n"
                    + head + (arity > 0 ? "            object[] R = f.Refs;\n            long[] I = f.Bits;\n" : "")
                    + "            return Run" + a + "(f" + args + ", out n);\n        }\n\n"
                    + "        public override object Run" + a + "(Frame f" + pars + ", out long n)\n        {\n";
            }
            return "using MicroPy.Objects;\nusing MicroPy.Values;\nusing MicroPy.Types;\nusing MicroPy.Runtime;\n\nnamespace MicroPy.Frozen\n{\n    /// <summary>" + Escape(Path.GetFileName(file)) + ": "
                + Escape(code.Name) + " (line " + code.FirstLine.ToString(CultureInfo.InvariantCulture) + ").</summary>\n"
                + "    internal sealed class " + cls + " : CompiledCode\n    {\n" + head
                + body + "        }\n    }\n}\n";
        }

        private static string Escape(string s)
        {
            return (s ?? "").Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\n", " ");
        }

        /// <summary>A C# string literal of s (every char outside printable ASCII as \u escape).</summary>
        private static string Literal(string s)
        {
            StringBuilder sb = new StringBuilder("\"");
            foreach (char ch in s)
            {
                if (ch == '"' || ch == '\\')
                {
                    sb.Append('\\').Append(ch);
                }
                else if (ch < 32 || ch > 126)
                {
                    sb.Append("\\u").Append(((int)ch).ToString("x4", CultureInfo.InvariantCulture));
                }
                else
                {
                    sb.Append(ch);
                }
            }
            return sb.Append('"').ToString();
        }
    }
}
