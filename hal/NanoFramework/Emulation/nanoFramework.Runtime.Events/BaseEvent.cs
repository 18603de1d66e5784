using System;

namespace nanoFramework.Runtime.Events
{
    /// <summary>nanoFramework.Runtime.Events BaseEvent (nanoframework/nanoFramework.Runtime.Events, BaseEvent.cs).</summary>
    public class BaseEvent
    {
        public ushort Source;
        public byte EventMessage;
        public DateTime Time;
    }
}
