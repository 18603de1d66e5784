using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Xunit;
using Xunit.Abstractions;

namespace MicroPy.Tests.Tools
{
    /// <summary>
    /// The device image's interpreter is eight layer assemblies (firmware/Device/Layers, built by nf.proj). nanoCLR loads
    /// an assembly only after every assembly it references, so each layer may reference only the layers below it; the
    /// .pe format addresses byte code with 16-bit offsets, so each layer must stay under 64 KB of nanoFramework byte
    /// code; and stable nanoCLR runs no generics.
    /// </summary>
    public class NanoLayerTests
    {
        /// <summary>Bottom to top.</summary>
        private static readonly string[] s_layers =
        {
            "MicroPy.Nano.Hal", "MicroPy.Nano.Objects", "MicroPy.Nano.Values", "MicroPy.Nano.Types", "MicroPy.Nano.Compiler", "MicroPy.Nano.Runtime",
            "MicroPy.Nano.Modules", "MicroPy.Nano.Machine",
        };

        /// <summary>
        /// The metadata processor turns IL (method bodies with headers, as counted here) into nanoFramework byte code of
        /// 0.67-0.76 times its size (measured 2026-12-07 with tests/nano/run's byte code lines: Objects 68,022 bytes of
        /// IL, 49,863 bytes of byte code). At 0.78, 84,000 bytes of IL is the whole 65,536-byte table of one .pe; a
        /// layer fails this test at 90% of that, so that a layer nearing the limit is split before a feature lands that
        /// no longer fits.
        /// </summary>
        private const int FullIlBytes = 84000;

        private const int MaxIlBytes = FullIlBytes * 9 / 10;

        private readonly ITestOutputHelper _out;

        public NanoLayerTests(ITestOutputHelper output)
        {
            _out = output;
        }

        private static string LayerDll(string name)
        {
            string best = null;
            DateTime newest = DateTime.MinValue;
            foreach (string cfg in new[] { "Debug", "Release" })
            {
                string p = Path.Combine(RepoRoot.Dir, "bin", "nf-layers", name, cfg, "nano", name + ".dll");
                if (File.Exists(p) && File.GetLastWriteTimeUtc(p) > newest)
                {
                    newest = File.GetLastWriteTimeUtc(p);
                    best = p;
                }
            }
            Assert.True(best != null, name + ".dll not built: tests/run builds nf.proj first (`dotnet build nf.proj -c Release`)");
            return best;
        }

        [Fact]
        public void EachLayerReferencesOnlyLowerLayersAndNanoMscorlib()
        {
            HashSet<string> known = NanoMetadata.MscorlibTypes();
            List<string> problems = new List<string>();
            for (int i = 0; i < s_layers.Length; i++)
            {
                string dll = LayerDll(s_layers[i]);
                using (FileStream fs = File.OpenRead(dll))
                using (PEReader pe = new PEReader(fs))
                {
                    MetadataReader md = pe.GetMetadataReader();
                    NanoMetadata.CheckNoGenerics(md, problems);
                    foreach (AssemblyReferenceHandle h in md.AssemblyReferences)
                    {
                        string r = md.GetString(md.GetAssemblyReference(h).Name);
                        int at = Array.IndexOf(s_layers, r);
                        if (r != "mscorlib" && (at < 0 || at >= i))
                        {
                            problems.Add(s_layers[i] + " references " + r + " (only mscorlib and the layers below it are allowed)");
                        }
                    }
                    foreach (TypeReferenceHandle h in md.TypeReferences)
                    {
                        TypeReference t = md.GetTypeReference(h);
                        if (t.ResolutionScope.Kind != HandleKind.AssemblyReference)
                        {
                            continue;
                        }
                        string scope = md.GetString(md.GetAssemblyReference((AssemblyReferenceHandle)t.ResolutionScope).Name);
                        string name = md.GetString(t.Namespace) + "." + md.GetString(t.Name);
                        if (scope == "mscorlib" && !known.Contains(name))
                        {
                            problems.Add(s_layers[i] + ": type not in nanoFramework mscorlib: " + name);
                        }
                    }
                }
            }
            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }

        [Fact]
        public void EachLayerFitsThePeByteCodeLimit()
        {
            List<string> problems = new List<string>();
            int total = 0;
            foreach (string layer in s_layers)
            {
                int il = 0;
                using (FileStream fs = File.OpenRead(LayerDll(layer)))
                using (PEReader pe = new PEReader(fs))
                {
                    MetadataReader md = pe.GetMetadataReader();
                    foreach (MethodDefinitionHandle h in md.MethodDefinitions)
                    {
                        int rva = md.GetMethodDefinition(h).RelativeVirtualAddress;
                        if (rva != 0)
                        {
                            il += pe.GetMethodBody(rva).Size;
                        }
                    }
                }
                total += il;
                _out.WriteLine(layer + ": " + il + " bytes of IL (" + (il * 100 / FullIlBytes) + "% of the .pe byte-code budget)");
                if (il > MaxIlBytes)
                {
                    problems.Add(layer + " has " + il + " bytes of IL, over 90% of the .pe byte-code budget (" + MaxIlBytes + " of "
                        + FullIlBytes + "): its .pe nears the 64 KB byte code table's limit; split it or move code to a higher "
                        + "layer (firmware/Device/Layers)");
                }
            }
            _out.WriteLine("interpreter: " + total + " bytes of IL");
            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }
    }
}
