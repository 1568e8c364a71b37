namespace DeviceFlow.Core.Json
{
    /// <summary>The six JSON value types of RFC 8259 §3, with true and false apart because the core asks for one of them.</summary>
    public enum JsonKind
    {
        Object = 1,
        Array = 2,
        String = 3,
        Number = 4,
        True = 5,
        False = 6,
        Null = 7,
    }
}
