using System;
using System.Collections.Generic;
using DeviceFlow.Core.Tokens;
using DeviceFlow.Testing;
using Xunit.Abstractions;

namespace DeviceFlow.Tokens.Tests;

/// <summary>
/// The binding survives a power cut anywhere: every byte offset of every write, before and after every delete,
/// in three ways a write can be torn, over a history of saves (rotations, same-content saves, clears).
/// </summary>
public class PowerCutTests
{
    private const string Identity = "https://as.example.com/token sensor-firmware";
    private readonly ITestOutputHelper _output;

    public PowerCutTests(ITestOutputHelper output) => _output = output;

    /// <summary>One step of the history: save these tokens, or (null) clear them.</summary>
    private static List<TokenSet?> History()
    {
        var random = new Random(8628);
        var history = new List<TokenSet?>();
        for (int i = 0; i < 16; i++)
        {
            history.Add(Tokens.Set(i, accessLength: 20 + random.Next(400), refreshLength: 10 + random.Next(120)));
            if (i % 5 == 2)
            {
                history.Add(history[^1]);
            }

            if (i % 7 == 6)
            {
                history.Add(null);
            }
        }

        return history;
    }

    [Fact]
    public void A_power_cut_at_any_byte_of_any_write_never_loses_the_binding()
    {
        int crashPoints = 0;
        var lost = new List<string>();
        var storage = new MemoryStorage();
        TokenSet? before = null;
        foreach (TokenSet? after in History())
        {
            foreach (var (step, bytes) in CrashPointsOf(storage, after))
            {
                foreach (TornWrite torn in Enum.GetValues<TornWrite>())
                {
                    crashPoints++;
                    var crashed = storage.Clone();
                    crashed.CutPowerAt(step, bytes, torn);
                    Assert.Throws<PowerCutException>(() => Apply(Boot(crashed), after));

                    TokenSet? found = Boot(crashed).Current;
                    if (!Same(found, before) && !Same(found, after))
                    {
                        lost.Add($"step {step} byte {bytes} {torn}: found {Describe(found)}, expected {Describe(before)} or {Describe(after)}");
                    }

                    // The store recovers: the next write lands and wins.
                    var next = Tokens.Set(999, 30, 30);
                    Apply(Boot(crashed), next);
                    if (!Same(Boot(crashed).Current, next))
                    {
                        lost.Add($"step {step} byte {bytes} {torn}: the write after the crash was lost");
                    }
                }
            }

            Apply(Boot(storage), after);
            Assert.True(Same(Boot(storage).Current, after));
            before = after;
        }

        _output.WriteLine($"{crashPoints} crash points tried over {History().Count} operations, {lost.Count} lost the binding");
        Assert.True(crashPoints > 10000, "too few crash points: " + crashPoints);
        Assert.Empty(lost);
    }

    [Fact]
    public void A_save_of_identical_tokens_writes_nothing()
    {
        var storage = new MemoryStorage();
        var tokens = Tokens.Set(1, 40, 40);
        var store = Boot(storage);
        store.Save(tokens);
        int steps = storage.Steps.Count;

        store.Save(Tokens.Set(1, 40, 40));
        Boot(storage).Save(tokens);

        Assert.Equal(steps, storage.Steps.Count);
    }

    [Fact]
    public void Writes_alternate_between_the_slots()
    {
        var storage = new MemoryStorage();
        var store = Boot(storage);
        for (int i = 0; i < 4; i++)
        {
            store.Save(Tokens.Set(i, 40, 40));
        }

        Assert.Equal(new[] { TokenStore.SlotA, TokenStore.SlotB, TokenStore.SlotA, TokenStore.SlotB }, storage.Steps.ConvertAll(s => s.Name));
    }

    /// <summary>Every (step, byte offset) the operation can be cut at, found by running it once on a copy.</summary>
    private static List<(int Step, int Bytes)> CrashPointsOf(MemoryStorage storage, TokenSet? after)
    {
        var dryRun = storage.Clone();
        Apply(Boot(dryRun), after);
        var points = new List<(int, int)>();
        for (int step = 0; step < dryRun.Steps.Count; step++)
        {
            int last = dryRun.Steps[step].Operation == "write" ? dryRun.Steps[step].Length : 1;
            for (int bytes = 0; bytes <= last; bytes++)
            {
                points.Add((step, bytes));
            }
        }

        return points;
    }

    private static TokenStore Boot(MemoryStorage storage)
    {
        var store = new TokenStore(storage, Identity, new RecordingLog());
        store.Load();
        return store;
    }

    private static void Apply(TokenStore store, TokenSet? tokens)
    {
        if (tokens == null)
        {
            store.Clear();
        }
        else
        {
            store.Save(tokens);
        }
    }

    private static bool Same(TokenSet? a, TokenSet? b) => a == null ? b == null : a.SameAs(b);

    private static string Describe(TokenSet? tokens) => tokens == null ? "nothing" : "record of length " + tokens.AccessToken.Length;
}
