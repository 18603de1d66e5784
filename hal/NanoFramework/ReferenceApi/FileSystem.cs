// Reference declarations: packages nanoFramework.System.IO.FileSystem 1.1.x (File, Directory, FileStream and their
// enums) and nanoFramework.System.IO.Streams 1.1.x (Stream, SeekOrigin); nanoFramework's mscorlib has neither.
// Only the members hal/NanoFramework uses. Never deployed.
using System;

namespace System.IO
{
    public enum SeekOrigin
    {
        Begin = 0,
        Current = 1,
        End = 2,
    }

    public enum FileMode
    {
        CreateNew = 1,
        Create = 2,
        Open = 3,
        OpenOrCreate = 4,
        Truncate = 5,
        Append = 6,
    }

    public enum FileAccess
    {
        Read = 1,
        Write = 2,
        ReadWrite = 3,
    }

    public enum FileShare
    {
        None = 0,
        Read = 1,
        Write = 2,
        ReadWrite = 3,
    }

    public abstract class Stream : IDisposable
    {
        public abstract long Length { get; }

        public abstract long Position { get; set; }

        public abstract void Flush();

        public abstract long Seek(long offset, SeekOrigin origin);

        public abstract int Read(byte[] buffer, int offset, int count);

        public abstract void Write(byte[] buffer, int offset, int count);

        public virtual void Close()
        {
            throw new NotSupportedException();
        }

        public void Dispose()
        {
            throw new NotSupportedException();
        }
    }

    public class FileStream : Stream
    {
        public FileStream(string path, FileMode mode, FileAccess access)
        {
            throw new NotSupportedException();
        }

        public override long Length
        {
            get { throw new NotSupportedException(); }
        }

        public override long Position
        {
            get { throw new NotSupportedException(); }
            set { throw new NotSupportedException(); }
        }

        public override void Flush()
        {
            throw new NotSupportedException();
        }

        public override long Seek(long offset, SeekOrigin origin)
        {
            throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            throw new NotSupportedException();
        }
    }

    public static class File
    {
        public static bool Exists(string path)
        {
            throw new NotSupportedException();
        }

        public static void Delete(string path)
        {
            throw new NotSupportedException();
        }

        public static void Move(string sourceFileName, string destFileName)
        {
            throw new NotSupportedException();
        }

        public static byte[] ReadAllBytes(string path)
        {
            throw new NotSupportedException();
        }

        public static void WriteAllBytes(string path, byte[] bytes)
        {
            throw new NotSupportedException();
        }
    }

    public static class Directory
    {
        public static bool Exists(string path)
        {
            throw new NotSupportedException();
        }

        public static void CreateDirectory(string path)
        {
            throw new NotSupportedException();
        }

        public static void Delete(string path)
        {
            throw new NotSupportedException();
        }

        public static void Move(string sourceDirName, string destDirName)
        {
            throw new NotSupportedException();
        }

        public static string[] GetFiles(string path)
        {
            throw new NotSupportedException();
        }

        public static string[] GetDirectories(string path)
        {
            throw new NotSupportedException();
        }
    }
}

// nanoFramework.System.IO.FileSystem 1.1.x: the SD card slot (ESP32; on STM32 the natives are stubs and the firmware
// mounts the card). nanoframework/System.IO.FileSystem, nanoFramework/SDCard.cs and SDCard*Parameters.cs.
namespace nanoFramework.System.IO.FileSystem
{
    public class SDCard
    {
        public SDCard(SDCardMmcParameters mmcParameters)
        {
            throw new global::System.NotSupportedException();
        }

        public SDCard(SDCardSpiParameters spiParameters)
        {
            throw new global::System.NotSupportedException();
        }

        public bool IsMounted
        {
            get { throw new global::System.NotSupportedException(); }
        }

        public void Mount()
        {
            throw new global::System.NotSupportedException();
        }

        public void Unmount()
        {
            throw new global::System.NotSupportedException();
        }

        public enum SDDataWidth
        {
            _1_bit = 1,
            _4_bit = 2,
        }
    }

    public class SDCardMmcParameters
    {
        public uint slotIndex;
        public SDCard.SDDataWidth dataWidth;
    }

    public class SDCardSpiParameters
    {
        public uint slotIndex;
        public uint spiBus;
        public uint chipSelectPin;
    }
}
