using System.Collections;
using System.Text.Json;
using DeviceFlow.Core.Ports;

namespace DeviceFlow.Host;

/// <summary>
/// The host's JSON parser port, built on System.Text.Json but giving exactly nanoFramework.Json's shapes
/// (objects → Hashtable, arrays → ArrayList, integers → int, else long, else ulong, decimals → double),
/// so the core sees on the host what it sees on the device (nanoFramework.Json JsonConvert.cs, number boxing).
/// </summary>
public sealed class SystemTextJsonParser : IJsonParser
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 16 };

    public Hashtable? ParseObject(string json)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(json, Options);
            return document.RootElement.ValueKind == JsonValueKind.Object ? (Hashtable)Convert(document.RootElement)! : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static object? Convert(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var table = new Hashtable();
                foreach (JsonProperty property in element.EnumerateObject())
                {
                    table[property.Name] = Convert(property.Value);
                }

                return table;
            case JsonValueKind.Array:
                var list = new ArrayList();
                foreach (JsonElement item in element.EnumerateArray())
                {
                    list.Add(Convert(item));
                }

                return list;
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.Number:
                return ConvertNumber(element);
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            default:
                return null;
        }
    }

    private static object ConvertNumber(JsonElement element)
    {
        string raw = element.GetRawText();
        if (raw.IndexOfAny(['.', 'e', 'E']) >= 0)
        {
            return element.GetDouble();
        }

        if (element.TryGetInt32(out int small))
        {
            return small;
        }

        if (element.TryGetInt64(out long large))
        {
            return large;
        }

        if (element.TryGetUInt64(out ulong huge))
        {
            return huge;
        }

        return element.GetDouble();
    }
}
