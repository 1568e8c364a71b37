using System.IO;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace DeviceFlow.Measure.Size;

/// <summary>
/// How big an assembly is: the file, its IL method bodies and its metadata. nanoFramework deploys a .pe made
/// from the file by its metadata processor (not available here), which keeps the IL and a reduced metadata, so the
/// file size is an upper bound and IL + metadata the part that scales with the code.
/// </summary>
public sealed record AssemblySize(string Name, long FileBytes, long IlBytes, long MetadataBytes, int Types, int Methods, string MetadataHeaps)
{
    public static AssemblySize Read(string path)
    {
        using FileStream stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        MetadataReader metadata = pe.GetMetadataReader();
        long il = 0;
        int methods = 0;
        foreach (MethodDefinitionHandle handle in metadata.MethodDefinitions)
        {
            methods++;
            int rva = metadata.GetMethodDefinition(handle).RelativeVirtualAddress;
            if (rva != 0)
            {
                il += pe.GetMethodBody(rva).Size;
            }
        }

        string heaps = "names (#Strings) " + metadata.GetHeapSize(HeapIndex.String) + " B, string literals (#US) " + metadata.GetHeapSize(HeapIndex.UserString)
            + " B, signatures (#Blob) " + metadata.GetHeapSize(HeapIndex.Blob) + " B";
        return new AssemblySize(Path.GetFileNameWithoutExtension(path), new FileInfo(path).Length, il, pe.PEHeaders.MetadataSize, metadata.TypeDefinitions.Count, methods, heaps);
    }
}
