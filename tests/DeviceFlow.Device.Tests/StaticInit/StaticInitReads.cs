using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace DeviceFlow.Device.Tests.StaticInit;

/// <summary>
/// Finds every place where a static constructor (a type's <c>.cctor</c>, which is also where C# puts static field
/// initialisers) depends on static state of another type of the same assembly.
/// <para>
/// Why it matters on the board: nanoCLR runs every <c>.cctor</c> of an assembly eagerly before Main, one after the
/// other in MethodDef table order (nf-interpreter src/CLR/Core/Execution.cpp SpawnStaticConstructor,
/// src/CLR/Core/TypeSystem.cpp FindNextStaticConstructor), and never on first access as the desktop CLR does. The
/// metadata processor lays types out by full name, pulling forward only declaring types, interfaces and the
/// parameter/return types of called methods (metadata-processor MetadataProcessor.Shared/Tables/nanoTablesContext.cs
/// SortTypesAccordingUsages ~L335-395); a static field read does not move its owner forward. So whether a reader
/// sees the other type's initialised value depends on names and call shapes: the only rule that cannot break
/// is "no static initialiser depends on another type's initialiser". Referenced assemblies are safe: nanoCLR
/// runs all of an assembly's cctors after those of the assemblies it references (Execution.cpp, the DEBUG check in
/// SpawnStaticConstructor), so only same-assembly dependencies are looked for.
/// </para>
/// <para>
/// What counts, starting from each cctor and following calls into methods of the same assembly (a cctor that
/// calls a helper which reads another type's static is as fragile as a direct read):
/// ldsfld/ldsflda/stsfld of a field declared by another type that has a .cctor, and a call to a static method of
/// another type that has a .cctor. A type without a .cctor has no initialiser whose order could matter.
/// </para>
/// <para>
/// Compiler-generated types get the same rule, no exemption: an array initialiser compiles to <c>ldtoken</c> of an
/// RVA field of <c>&lt;PrivateImplementationDetails&gt;</c> plus <c>RuntimeHelpers.InitializeArray</c> (mscorlib).
/// The metadata processor stores that field's data with the field definition (nanoFieldDefinitionTable.cs
/// writes <c>InitialValue</c> as a signature blob, flag FD_HasFieldRVA) and InitializeArray is native
/// (corlib_native_System_Runtime_CompilerServices_RuntimeHelpers), copying from the loaded assembly image: no
/// static constructor is involved, and <c>ldtoken</c> is no static field read. If a future compiler gives
/// &lt;PrivateImplementationDetails&gt; a .cctor (cached arrays), reads of it are flagged like any other. Nested and
/// closure types (<c>&lt;&gt;c</c>, whose .cctor creates the lambda cache) are separate types with their own .cctor on
/// nanoCLR, so a cctor using a cached lambda is flagged too.
/// </para>
/// </summary>
public static class StaticInitReads
{
    private static readonly Dictionary<ushort, OpCode> OpCodesByValue = typeof(OpCodes).GetFields()
        .Select(f => (OpCode)f.GetValue(null)!).ToDictionary(o => (ushort)o.Value, o => o);

    /// <summary>One line per dependency found, naming the cctor's type, what it touches and the method it happens in.</summary>
    public static string[] Find(PEReader pe)
    {
        MetadataReader md = pe.GetMetadataReader();
        var withCctor = new HashSet<TypeDefinitionHandle>(md.TypeDefinitions.Where(t => Cctor(md, t) != null));
        var found = new List<string>();
        foreach (TypeDefinitionHandle owner in withCctor.OrderBy(t => FullName(md, t), StringComparer.Ordinal))
        {
            var seen = new HashSet<MethodDefinitionHandle>();
            var pending = new Stack<MethodDefinitionHandle>();
            pending.Push(Cctor(md, owner)!.Value);
            while (pending.Count > 0)
            {
                MethodDefinitionHandle method = pending.Pop();
                if (!seen.Add(method) || md.GetMethodDefinition(method).RelativeVirtualAddress == 0)
                {
                    continue;
                }

                foreach ((OpCode op, int token) in Instructions(pe.GetMethodBody(md.GetMethodDefinition(method).RelativeVirtualAddress).GetILBytes()!))
                {
                    string where = " (" + op.Name + " in " + MethodName(md, method) + ")";
                    if (op.OperandType == OperandType.InlineField && IsStaticFieldOp(op) && Field(md, token) is { } field)
                    {
                        TypeDefinitionHandle declaring = md.GetFieldDefinition(field).GetDeclaringType();
                        if (declaring != owner && withCctor.Contains(declaring))
                        {
                            found.Add(FullName(md, owner) + "..cctor depends on " + FullName(md, declaring) + "." + md.GetString(md.GetFieldDefinition(field).Name) + where);
                        }
                    }
                    else if (op.OperandType == OperandType.InlineMethod && Method(md, token) is { } callee)
                    {
                        MethodDefinition definition = md.GetMethodDefinition(callee);
                        TypeDefinitionHandle declaring = definition.GetDeclaringType();
                        bool isStatic = (definition.Attributes & System.Reflection.MethodAttributes.Static) != 0;
                        if (isStatic && declaring != owner && withCctor.Contains(declaring) && op != OpCodes.Ldftn)
                        {
                            found.Add(FullName(md, owner) + "..cctor depends on " + FullName(md, declaring) + "." + md.GetString(definition.Name) + "()" + where);
                        }

                        pending.Push(callee);
                    }
                }
            }
        }

        return found.Distinct().ToArray();
    }

    private static bool IsStaticFieldOp(OpCode op) => op == OpCodes.Ldsfld || op == OpCodes.Ldsflda || op == OpCodes.Stsfld;

    private static MethodDefinitionHandle? Cctor(MetadataReader md, TypeDefinitionHandle type)
        => md.GetTypeDefinition(type).GetMethods().Where(m => md.GetString(md.GetMethodDefinition(m).Name) == ".cctor")
            .Select(m => (MethodDefinitionHandle?)m).FirstOrDefault();

    /// <summary>
    /// A field of this assembly (FieldDef token). Other assemblies' fields are MemberRefs and are skipped; so would be a
    /// field of a generic instantiation, which device code cannot have (nanoFramework 1.x has no generics).
    /// </summary>
    private static FieldDefinitionHandle? Field(MetadataReader md, int token)
        => MetadataTokens.EntityHandle(token).Kind == HandleKind.FieldDefinition ? (FieldDefinitionHandle)MetadataTokens.EntityHandle(token) : null;

    /// <summary>A method of this assembly, also through a generic instantiation (MethodSpec) of one.</summary>
    private static MethodDefinitionHandle? Method(MetadataReader md, int token)
    {
        EntityHandle handle = MetadataTokens.EntityHandle(token);
        if (handle.Kind == HandleKind.MethodSpecification)
        {
            handle = md.GetMethodSpecification((MethodSpecificationHandle)handle).Method;
        }

        return handle.Kind == HandleKind.MethodDefinition ? (MethodDefinitionHandle)handle : null;
    }

    /// <summary>Each instruction's opcode and, when it has one, its 4-byte token operand (0 otherwise).</summary>
    private static IEnumerable<(OpCode Op, int Token)> Instructions(byte[] il)
    {
        int i = 0;
        while (i < il.Length)
        {
            ushort value = il[i] == 0xFE ? (ushort)(0xFE00 | il[i + 1]) : il[i];
            i += value > 0xFF ? 2 : 1;
            OpCode op = OpCodesByValue[value];
            int size = OperandSize(op.OperandType, il, i);
            int token = size == 4 && HasToken(op.OperandType) ? BitConverter.ToInt32(il, i) : 0;
            yield return (op, token);
            i += size;
        }
    }

    private static bool HasToken(OperandType type)
        => type is OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok or OperandType.InlineType;

    private static int OperandSize(OperandType type, byte[] il, int at) => type switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, at),
        _ => 4,
    };

    private static string MethodName(MetadataReader md, MethodDefinitionHandle method)
    {
        MethodDefinition definition = md.GetMethodDefinition(method);
        return FullName(md, definition.GetDeclaringType()) + "." + md.GetString(definition.Name);
    }

    /// <summary>Namespace.Type, with nested types as Outer/Inner (the form the metadata processor sorts by).</summary>
    public static string FullName(MetadataReader md, TypeDefinitionHandle type)
    {
        TypeDefinition definition = md.GetTypeDefinition(type);
        TypeDefinitionHandle outer = definition.GetDeclaringType();
        if (!outer.IsNil)
        {
            return FullName(md, outer) + "/" + md.GetString(definition.Name);
        }

        string ns = md.GetString(definition.Namespace);
        return (ns.Length == 0 ? string.Empty : ns + ".") + md.GetString(definition.Name);
    }
}
