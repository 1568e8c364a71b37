using System;
using System.Collections.Generic;

namespace DeviceFlow.Testing;

/// <summary>Reads a form body with the framework's decoder, independent of the core's own.</summary>
public static class FormReader
{
    public static Dictionary<string, string> Read(string body)
    {
        var fields = new Dictionary<string, string>();
        foreach (string pair in body.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            int equals = pair.IndexOf('=');
            string name = Uri.UnescapeDataString(pair[..equals].Replace('+', ' '));
            string value = Uri.UnescapeDataString(pair[(equals + 1)..].Replace('+', ' '));
            if (!fields.TryAdd(name, value))
            {
                throw new InvalidOperationException("repeated form parameter " + name);
            }
        }

        return fields;
    }
}
