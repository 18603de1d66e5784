using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using Xunit;

namespace MicroPy.Tests.Tools
{
    /// <summary>
    /// Stable nanoCLR cannot load generics: the nanoFramework-targeted assembly must define no generic types or
    /// methods and instantiate none (no TypeSpec/MethodSpec rows, no generic parameters), and every type it
    /// references must exist in nanoFramework's mscorlib.
    /// </summary>
    public class NanoAssemblyCheckTests
    {
        private static string Root()
        {
            string dir = AppContext.BaseDirectory;
            while (dir != null && !File.Exists(Path.Combine(dir, "MicroPy.Nano.sln")))
            {
                dir = Path.GetDirectoryName(dir);
            }
            return dir;
        }

        private static string NanoDll()
        {
            string root = Root();
            string best = null;
            DateTime newest = DateTime.MinValue;
            foreach (string cfg in new[] { "Debug", "Release" })
            {
                string p = Path.Combine(root, "firmware", "Core", "bin", cfg, "nano", "MicroPy.Nano.Core.dll");
                if (File.Exists(p) && File.GetLastWriteTimeUtc(p) > newest)
                {
                    newest = File.GetLastWriteTimeUtc(p);
                    best = p;
                }
            }
            Assert.True(best != null, "the nano build of MicroPy.Nano.Core was not found; build the solution first");
            return best;
        }

        private static HashSet<string> MscorlibTypes()
        {
            string home = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
            List<string> roots = new List<string>();
            if (!string.IsNullOrEmpty(home))
            {
                roots.Add(home);
            }
            roots.Add(Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages"));
            roots.Add("/opt/nuget/packages");
            foreach (string r in roots)
            {
                string p = Path.Combine(r, "nanoframework.corelibrary", "1.17.11", "lib", "mscorlib.dll");
                if (File.Exists(p))
                {
                    HashSet<string> set = new HashSet<string>();
                    using (FileStream fs = File.OpenRead(p))
                    using (PEReader pe = new PEReader(fs))
                    {
                        MetadataReader md = pe.GetMetadataReader();
                        foreach (TypeDefinitionHandle h in md.TypeDefinitions)
                        {
                            TypeDefinition t = md.GetTypeDefinition(h);
                            set.Add(md.GetString(t.Namespace) + "." + md.GetString(t.Name));
                        }
                    }
                    return set;
                }
            }
            Assert.Fail("nanoFramework.CoreLibrary 1.17.11 mscorlib.dll not found in the NuGet caches");
            return null;
        }

        [Fact]
        public void NanoAssemblyUsesNoGenericsAndOnlyNanoMscorlibTypes()
        {
            List<string> problems = new List<string>();
            HashSet<string> known = MscorlibTypes();
            using (FileStream fs = File.OpenRead(NanoDll()))
            using (PEReader pe = new PEReader(fs))
            {
                MetadataReader md = pe.GetMetadataReader();
                // TypeSpecs also describe jagged arrays (fine on nanoCLR); generic instantiations, generic
                // parameters and multi-dimensional arrays are not.
                for (int row = 1; row <= md.GetTableRowCount(TableIndex.TypeSpec); row++)
                {
                    TypeSpecification spec = md.GetTypeSpecification(MetadataTokens.TypeSpecificationHandle(row));
                    BlobReader br = md.GetBlobReader(spec.Signature);
                    byte et = br.ReadByte();
                    while (et == 0x1D && br.RemainingBytes > 0)
                    {
                        et = br.ReadByte();
                    }
                    if (et == 0x15 || et == 0x13 || et == 0x1E || et == 0x14)
                    {
                        problems.Add("TypeSpec row " + row + " is a generic instantiation, generic parameter or multi-dimensional array (element type 0x" + et.ToString("X2") + ")");
                    }
                }
                if (md.GetTableRowCount(TableIndex.MethodSpec) > 0)
                {
                    problems.Add(md.GetTableRowCount(TableIndex.MethodSpec) + " MethodSpec rows (generic method calls)");
                }
                if (md.GetTableRowCount(TableIndex.GenericParam) > 0)
                {
                    problems.Add(md.GetTableRowCount(TableIndex.GenericParam) + " generic parameters defined");
                }
                foreach (TypeReferenceHandle h in md.TypeReferences)
                {
                    TypeReference t = md.GetTypeReference(h);
                    if (t.ResolutionScope.Kind != HandleKind.AssemblyReference)
                    {
                        continue;
                    }
                    string name = md.GetString(t.Namespace) + "." + md.GetString(t.Name);
                    if (!known.Contains(name))
                    {
                        problems.Add("type not in nanoFramework mscorlib: " + name);
                    }
                }
            }
            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }
    }
}
