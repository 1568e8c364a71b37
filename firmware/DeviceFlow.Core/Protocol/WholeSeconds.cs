namespace DeviceFlow.Core.Protocol
{
    /// <summary>
    /// A wait in whole seconds for the panel and the log, rounded up: "next poll in 5 s" is never said of a wait
    /// that lasts 4.2 s and then looks late, and a countdown shows 1 s until the last millisecond has gone.
    /// </summary>
    public static class WholeSeconds
    {
        public static int RoundedUp(long milliseconds)
        {
            return (int)((milliseconds + 999) / 1000);
        }
    }
}
