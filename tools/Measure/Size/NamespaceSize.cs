using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace DeviceFlow.Measure.Size;

/// <summary>
/// Where an assembly's code goes, per namespace: IL of its methods and the constant data of its array
/// initialisers (font and QR tables land there, in the compiler's &lt;PrivateImplementationDetails&gt;).
/// </summary>
public sealed record NamespaceSize(string Namespace, int Types, int Methods, long IlBytes, long StaticDataBytes)
{
    public static IReadOnlyList<NamespaceSize> Read(string path)
    {
        using FileStream stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        MetadataReader metadata = pe.GetMetadataReader();
        var totals = new Dictionary<string, (int Types, int Methods, long Il, long Data)>();
        foreach (TypeDefinitionHandle handle in metadata.TypeDefinitions)
        {
            TypeDefinition type = metadata.GetTypeDefinition(handle);
            string name = OuterNamespace(metadata, type);
            (int types, int methods, long il, long data) = totals.GetValueOrDefault(name);
            foreach (MethodDefinitionHandle method in type.GetMethods())
            {
                int rva = metadata.GetMethodDefinition(method).RelativeVirtualAddress;
                il += rva == 0 ? 0 : pe.GetMethodBody(rva).Size;
                methods++;
            }

            data += type.GetFields().Select(f => metadata.GetFieldDefinition(f)).Where(f => f.GetRelativeVirtualAddress() != 0).Sum(f => (long)DataSize(metadata, f));
            totals[name] = (types + 1, methods, il, data);
        }

        return totals.Select(t => new NamespaceSize(t.Key, t.Value.Types, t.Value.Methods, t.Value.Il, t.Value.Data))
            .OrderByDescending(n => n.IlBytes + n.StaticDataBytes).ToList();
    }

    private static string OuterNamespace(MetadataReader metadata, TypeDefinition type)
    {
        while (type.IsNested)
        {
            type = metadata.GetTypeDefinition(type.GetDeclaringType());
        }

        string name = metadata.GetString(type.Namespace);
        return name.Length == 0 ? metadata.GetString(type.Name) : name;
    }

    /// <summary>An initialiser field's type is a struct whose declared layout size is the data's length.</summary>
    private static int DataSize(MetadataReader metadata, FieldDefinition field)
    {
        BlobReader signature = metadata.GetBlobReader(field.Signature);
        signature.ReadSignatureHeader();
        SignatureTypeCode code = signature.ReadSignatureTypeCode();
        if (code != SignatureTypeCode.TypeHandle)
        {
            return code switch
            {
                SignatureTypeCode.Int64 or SignatureTypeCode.UInt64 or SignatureTypeCode.Double => 8,
                SignatureTypeCode.Int32 or SignatureTypeCode.UInt32 or SignatureTypeCode.Single => 4,
                SignatureTypeCode.Int16 or SignatureTypeCode.UInt16 or SignatureTypeCode.Char => 2,
                _ => 1,
            };
        }

        EntityHandle handle = signature.ReadTypeHandle();
        return handle.Kind == HandleKind.TypeDefinition ? metadata.GetTypeDefinition((TypeDefinitionHandle)handle).GetLayout().Size : 0;
    }
}
