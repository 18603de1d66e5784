// Reference declarations: package nanoFramework.Runtime.Events (assembly nanoFramework.Runtime.Events). Never deployed.
using System;

namespace nanoFramework.Runtime.Events
{
    public class BaseEvent
    {
        public ushort Source;
        public byte EventMessage;
        public DateTime Time;
    }
}
