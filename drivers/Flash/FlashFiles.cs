using System;
using System.IO;

namespace DeviceFlow.Drivers.Flash
{
    /// <summary>Text files the maker uploads with nanoff --filedeployment (config.json, the root CA PEM).</summary>
    public static class FlashFiles
    {
        /// <summary>The file's text (UTF-8), or null when it is missing or unreadable.</summary>
        public static string ReadText(string path)
        {
            try
            {
                return File.Exists(path) ? File.ReadAllText(path) : null;
            }
            catch (Exception)
            {
                return null;
            }
        }
    }
}
