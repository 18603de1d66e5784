using System.IO;
using MicroPy.Hal;
using MicroPy.Hal.Desktop;
using MicroPy.Runtime;
using MicroPy.Tests.Containers;
using Xunit;

namespace MicroPy.Tests.VmTests
{
    /// <summary>
    /// Compiled code images on the board's file system (NativeImages, the desktop's DesktopCodeLoader; the board's
    /// .pe path runs on nanoCLR in tests/nano/run --device): every image in /flash is loaded once, its bodies attach
    /// to the code they were compiled from and run, a stale body does not attach, and a file that is no image or no
    /// micropy-freeze image gets one report line instead of stopping the start.
    /// </summary>
    public class NativeImagesTests
    {
        private static string NewFlash()
        {
            string dir = Path.Combine(Path.GetTempPath(), "micropy-native-" + System.Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            return dir;
        }

        /// <summary>A report's lines in name order (the desktop lists a folder in creation order, as FAT does).</summary>
        private static string[] Lines(string report)
        {
            string[] lines = report.TrimEnd('\n').Split('\n');
            System.Array.Sort(lines, System.StringComparer.Ordinal);
            return lines;
        }

        [Fact]
        public void FlashImagesLoadOnceAttachAndRun()
        {
            string dir = NewFlash();
            // This test assembly is the image (its MicroPy.Frozen.FrozenCode); the others must not load.
            File.Copy(typeof(NativeImagesTests).Assembly.Location, Path.Combine(dir, "app.dll"));
            File.WriteAllText(Path.Combine(dir, "junk.dll"), "not an assembly\n");
            File.Copy(typeof(DesktopMath).Assembly.Location, Path.Combine(dir, "other.DLL"));
            File.WriteAllText(Path.Combine(dir, "app.pe"), "a board's image: not this platform's\n");
            IFileSystem savedFs = Platform.FileSystem;
            ICodeLoader savedLoader = Platform.CodeLoader;
            CompiledRegistry.Clear();
            try
            {
                Platform.FileSystem = new DesktopFileSystem(dir);
                Platform.CodeLoader = new DesktopCodeLoader();
                int loaded = NativeImages.Loaded;
                string report = NativeImages.LoadAll("/flash");
                string[] lines = Lines(report);
                Assert.Equal(new[]
                {
                    "native: junk.dll not loaded: not a .NET assembly",
                    "native: other.DLL not loaded: not made by micropy-freeze (it registers no compiled code)",
                }, lines);
                Assert.Equal(loaded + 1, NativeImages.Loaded);
                Assert.Equal(1, CompiledRegistry.Count);
                Assert.Equal("42\n", PyRunner.Run(MicroPy.Frozen.FrozenCode.Probe));
                // Other code (a stale image's view of it) stays interpreted.
                Assert.Equal("3\n", PyRunner.Run(MicroPy.Frozen.FrozenCode.Probe.Replace("x + 1", "x + 2")));
                // The next start (soft reset) loads nothing twice.
                Assert.Equal(lines, Lines(NativeImages.LoadAll("/flash")));
                Assert.Equal(loaded + 1, NativeImages.Loaded);
                Assert.Equal(1, CompiledRegistry.Count);
            }
            finally
            {
                CompiledRegistry.Clear();
                Platform.FileSystem = savedFs;
                Platform.CodeLoader = savedLoader;
                Directory.Delete(dir, true);
            }
        }

        [Fact]
        public void WithoutALoaderNothingIsLoaded()
        {
            string dir = NewFlash();
            File.Copy(typeof(NativeImagesTests).Assembly.Location, Path.Combine(dir, "app.dll"));
            IFileSystem savedFs = Platform.FileSystem;
            ICodeLoader savedLoader = Platform.CodeLoader;
            CompiledRegistry.Clear();
            try
            {
                Platform.FileSystem = new DesktopFileSystem(dir);
                Platform.CodeLoader = null;
                Assert.Equal("", NativeImages.LoadAll("/flash"));
                Assert.Equal(0, CompiledRegistry.Count);
                Assert.Equal("2\n", PyRunner.Run(MicroPy.Frozen.FrozenCode.Probe));
            }
            finally
            {
                Platform.FileSystem = savedFs;
                Platform.CodeLoader = savedLoader;
                Directory.Delete(dir, true);
            }
        }
    }
}
