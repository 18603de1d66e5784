using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using MicroPy.Tests.Tools;
using Xunit;
using Xunit.Abstractions;

namespace MicroPy.Tests.Device
{
    /// <summary>
    /// The nanoFramework device assembly (nf.proj: interpreter + modules + boards + nanoFramework HAL + entry point)
    /// must load on stable nanoCLR: no generic instantiations, generic parameters, MethodSpecs or [,] arrays; every
    /// mscorlib type it uses exists in nanoFramework's mscorlib; everything else it uses comes from the nanoFramework
    /// device API (the emulated libraries of hal/NanoFramework/Emulation in CI), which load on nanoCLR as well.
    /// The assembly exists after `dotnet build nf.proj` (.ci/run builds it before the tests); without it the checks
    /// report that and pass.
    /// </summary>
    public class DeviceAssemblyCheckTests
    {
        private static readonly string[] s_apiNamespaces =
        {
            "System.Device.Gpio", "System.Device.I2c", "System.Device.Spi", "System.Device.Adc", "System.Device.Pwm",
            "System.IO.Ports", "System.IO", "System", "System.Net.NetworkInformation", "nanoFramework.Hardware.Esp32",
            "nanoFramework.Hardware.Stm32", "nanoFramework.Runtime.Native", "nanoFramework.Runtime.Events",
            "System.Net", "System.Net.Sockets", "System.Device.Wifi", "nanoFramework.System.IO.FileSystem",
            "nanoFramework.Hardware.Esp32.Rmt", "nanoFramework.Device.OneWire",
        };

        private readonly ITestOutputHelper _out;

        public DeviceAssemblyCheckTests(ITestOutputHelper output)
        {
            _out = output;
        }

        private static List<string> Built(string relDir, string file)
        {
            List<string> found = new List<string>();
            string root = RepoRoot.Dir;
            foreach (string outDir in new[] { "nf", "nf-stm32", "" })
            {
                foreach (string cfg in new[] { "Debug", "Release" })
                {
                    string p = Path.Combine(root, relDir, "bin", outDir, cfg, "nano", file);
                    if (File.Exists(p))
                    {
                        found.Add(p);
                    }
                }
            }
            // Newest first: a stale build of another configuration must not decide.
            found.Sort(delegate (string a, string b) { return File.GetLastWriteTimeUtc(b).CompareTo(File.GetLastWriteTimeUtc(a)); });
            return found;
        }

        private static string ScopeName(MetadataReader md, TypeReference t)
        {
            if (t.ResolutionScope.Kind == HandleKind.AssemblyReference)
            {
                return md.GetString(md.GetAssemblyReference((AssemblyReferenceHandle)t.ResolutionScope).Name);
            }
            if (t.ResolutionScope.Kind == HandleKind.TypeReference)
            {
                return ScopeName(md, md.GetTypeReference((TypeReferenceHandle)t.ResolutionScope));
            }
            return null;
        }

        private static string FullName(MetadataReader md, TypeReference t)
        {
            if (t.ResolutionScope.Kind == HandleKind.TypeReference)
            {
                return FullName(md, md.GetTypeReference((TypeReferenceHandle)t.ResolutionScope)) + "/" + md.GetString(t.Name);
            }
            return md.GetString(t.Namespace) + "." + md.GetString(t.Name);
        }

        /// <summary>Decodes signatures only far enough to count parameters.</summary>
        private sealed class ParamCounter : ISignatureTypeProvider<int, object>
        {
            public int GetArrayType(int elementType, ArrayShape shape) { return 0; }
            public int GetByReferenceType(int elementType) { return 0; }
            public int GetFunctionPointerType(MethodSignature<int> signature) { return 0; }
            public int GetGenericInstantiation(int genericType, System.Collections.Immutable.ImmutableArray<int> typeArguments) { return 0; }
            public int GetGenericMethodParameter(object genericContext, int index) { return 0; }
            public int GetGenericTypeParameter(object genericContext, int index) { return 0; }
            public int GetModifiedType(int modifier, int unmodifiedType, bool isRequired) { return 0; }
            public int GetPinnedType(int elementType) { return 0; }
            public int GetPointerType(int elementType) { return 0; }
            public int GetPrimitiveType(PrimitiveTypeCode typeCode) { return 0; }
            public int GetSZArrayType(int elementType) { return 0; }
            public int GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) { return 0; }
            public int GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) { return 0; }
            public int GetTypeFromSpecification(MetadataReader reader, object genericContext, TypeSpecificationHandle handle, byte rawTypeKind) { return 0; }
        }

        [Fact]
        public void DeviceAssemblyLoadsOnNanoClr()
        {
            List<string> dlls = Built("", "MicroPy.Nano.Device.dll");
            Assert.True(dlls.Count > 0, "MicroPy.Nano.Device.dll not built: tests/run builds nf.proj first (`dotnet build nf.proj -c Release`)");
            HashSet<string> known = NanoMetadata.MscorlibTypes();
            List<string> problems = new List<string>();
            foreach (string dll in dlls)
            {
                _out.WriteLine("checking " + dll);
                using (FileStream fs = File.OpenRead(dll))
                using (PEReader pe = new PEReader(fs))
                {
                    MetadataReader md = pe.GetMetadataReader();
                    NanoMetadata.CheckNoGenerics(md, problems);
                    foreach (TypeReferenceHandle h in md.TypeReferences)
                    {
                        TypeReference t = md.GetTypeReference(h);
                        string scope = ScopeName(md, t);
                        string name = FullName(md, t);
                        if (scope == "mscorlib")
                        {
                            if (t.ResolutionScope.Kind == HandleKind.AssemblyReference && !known.Contains(name))
                            {
                                problems.Add(Path.GetFileName(dll) + ": type not in nanoFramework mscorlib: " + name);
                            }
                        }
                        else if (scope != null && !scope.StartsWith("MicroPy.Nano.", StringComparison.Ordinal) && Array.IndexOf(s_apiNamespaces, md.GetString(t.Namespace)) < 0 && t.ResolutionScope.Kind == HandleKind.AssemblyReference)
                        {
                            problems.Add(Path.GetFileName(dll) + ": type from outside the nanoFramework device API: " + scope + " " + name);
                        }
                    }
                }
            }
            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }

        /// <summary>
        /// The emulated device libraries (hal/NanoFramework/Emulation, built for nano by nf.proj) load on nanoCLR too:
        /// no generics, only mscorlib types nanoFramework has, and public types only in the real packages' namespaces
        /// (plus the emulation's own MicroPy.Hal.NanoFramework.Emulation).
        /// </summary>
        [Fact]
        public void EmulationLoadsOnNanoClr()
        {
            List<string> dlls = Built("hal/NanoFramework/Emulation", "MicroPy.Nano.NfEmulation.dll");
            dlls.AddRange(Built("hal/NanoFramework/Emulation/World", "MicroPy.Nano.NfWorld.dll"));
            Assert.True(dlls.Count >= 2, "emulation not built for nano: tests/run builds nf.proj first (`dotnet build nf.proj -c Release`)");
            HashSet<string> known = NanoMetadata.MscorlibTypes();
            List<string> problems = new List<string>();
            foreach (string dll in dlls)
            {
                using (FileStream fs = File.OpenRead(dll))
                using (PEReader pe = new PEReader(fs))
                {
                    MetadataReader md = pe.GetMetadataReader();
                    NanoMetadata.CheckNoGenerics(md, problems);
                    foreach (TypeReferenceHandle h in md.TypeReferences)
                    {
                        TypeReference t = md.GetTypeReference(h);
                        if (ScopeName(md, t) == "mscorlib" && t.ResolutionScope.Kind == HandleKind.AssemblyReference && !known.Contains(FullName(md, t)))
                        {
                            problems.Add(Path.GetFileName(dll) + ": type not in nanoFramework mscorlib: " + FullName(md, t));
                        }
                    }
                    foreach (TypeDefinitionHandle th in md.TypeDefinitions)
                    {
                        TypeDefinition t = md.GetTypeDefinition(th);
                        string ns = md.GetString(t.Namespace);
                        bool isPublic = (t.Attributes & TypeAttributes.VisibilityMask) == TypeAttributes.Public;
                        if (isPublic && t.GetDeclaringType().IsNil && ns != "MicroPy.Hal.NanoFramework.Emulation" && Array.IndexOf(s_apiNamespaces, ns) < 0)
                        {
                            problems.Add(Path.GetFileName(dll) + ": public type outside the package namespaces: " + ns + "." + md.GetString(t.Name));
                        }
                    }
                }
            }
            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }
    }
}
