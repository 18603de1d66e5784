namespace MicroPy.Hal
{
    /// <summary>
    /// Loads an assembly of code compiled ahead of time (tools/Freeze) from its bytes into the running program, as
    /// the platform's runtime takes it: a nanoFramework .pe on a board, a .NET .dll on the desktop. The runtime then
    /// registers its bodies (Runtime's NativeImages). A loaded assembly cannot be unloaded.
    /// </summary>
    public interface ICodeLoader
    {
        /// <summary>How the name of an image this platform loads ends (".pe", ".dll").</summary>
        string Suffix { get; }

        /// <summary>The loaded assembly; when this same image was loaded before, that assembly again with before set
        /// (an image is not loaded twice). Throws an exception whose message says why when the bytes are not an
        /// image it can load.</summary>
        System.Reflection.Assembly Load(byte[] image, out bool before);
    }
}
