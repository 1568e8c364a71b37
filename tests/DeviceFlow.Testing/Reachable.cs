using System;
using System.Collections;
using System.Collections.Generic;
using System.Reflection;

namespace DeviceFlow.Testing;

/// <summary>
/// Every string an object can reach through its fields, public or not, of every base type, through arrays,
/// collections and Hashtables: what code holding the object could read, whatever its API shows.
/// </summary>
public static class Reachable
{
    public static List<string> Strings(params object?[] roots)
    {
        var found = new List<string>();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<object>();
        foreach (object? root in roots)
        {
            if (root is not null)
            {
                pending.Push(root);
            }
        }

        while (pending.Count > 0)
        {
            object current = pending.Pop();
            if (!seen.Add(current) || current is Type || current is MemberInfo || current is Assembly || current is Module)
            {
                continue;
            }

            if (current is string text)
            {
                found.Add(text);
                continue;
            }

            Type type = current.GetType();
            if (type.IsPrimitive || type.IsEnum || current is Array { Rank: 1 } array && array.GetType().GetElementType()!.IsPrimitive)
            {
                continue;
            }

            if (current is IEnumerable items)
            {
                foreach (object? item in items)
                {
                    Push(pending, item);
                    if (item is DictionaryEntry entry)
                    {
                        Push(pending, entry.Key);
                        Push(pending, entry.Value);
                    }
                }
            }

            for (Type? level = type; level is not null; level = level.BaseType)
            {
                foreach (FieldInfo field in level.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    if (!field.FieldType.IsPointer && !field.FieldType.IsByRefLike)
                    {
                        Push(pending, field.GetValue(current));
                    }
                }
            }
        }

        return found;
    }

    private static void Push(Stack<object> pending, object? value)
    {
        if (value is not null)
        {
            pending.Push(value);
        }
    }
}
