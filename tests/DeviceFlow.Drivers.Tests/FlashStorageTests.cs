using System;
using System.Linq;
using DeviceFlow.Core.Ports;
using DeviceFlow.Drivers.Flash;

namespace DeviceFlow.Drivers.Tests;

/// <summary>FlashStorage on a LittleFS volume that behaves as nanoFramework's I:\ does, power cuts and a full volume included.</summary>
public sealed class FlashStorageTests
{
    private const string Folder = "I:\\deviceflow";

    private static readonly byte[] Old = Enumerable.Repeat((byte)'o', 5000).ToArray();
    private static readonly byte[] New = Enumerable.Repeat((byte)'n', 5000).ToArray();

    private static LittleFsVolume Volume()
    {
        LittleFsVolume.Reset();
        return LittleFsVolume.Current;
    }

    private static FlashStorage Storage() => new(Folder);

    [Fact]
    public void Writes_replace_reads_and_deletes_on_a_volume_whose_move_refuses_an_existing_target()
    {
        LittleFsVolume volume = Volume();
        Assert.Null(Storage().Read("tokens.a"));
        Assert.Equal(StorageResult.Ok, Storage().Write("tokens.a", Old));
        Assert.Equal(StorageResult.Ok, Storage().Write("tokens.a", New));
        Assert.Equal(New, Storage().Read("tokens.a"));
        Assert.Equal(["I:\\deviceflow\\tokens.a"], volume.Files.Keys);

        Assert.Equal(StorageResult.Ok, Storage().Delete("tokens.a"));
        Assert.Null(Storage().Read("tokens.a"));
        Assert.Empty(volume.Files);
        Assert.Equal(StorageResult.Ok, Storage().Delete("tokens.a"));
    }

    [Fact]
    public void A_power_cut_at_any_step_of_the_first_write_leaves_nothing_or_the_whole_value()
    {
        int steps = StepsOf(() => Storage().Write("tokens.a", New));
        for (int cut = 0; cut < steps; cut++)
        {
            LittleFsVolume volume = Volume();
            volume.CutPowerAfter(cut);
            Storage().Write("tokens.a", New);
            volume.Reboot();

            byte[] read = Storage().Read("tokens.a");
            Assert.True(read == null || read.SequenceEqual(New), "cut after step " + cut + ": read " + read?.Length + " bytes");
        }
    }

    [Fact]
    public void A_power_cut_at_any_step_of_a_replacement_leaves_the_old_or_the_new_value_and_a_whole_new_one_wins()
    {
        int steps = StepsOf(() => Storage().Write("tokens.a", New), before: () => Storage().Write("tokens.a", Old));
        bool sawNew = false;
        for (int cut = 0; cut < steps; cut++)
        {
            LittleFsVolume volume = Volume();
            Storage().Write("tokens.a", Old);
            volume.CutPowerAfter(cut);
            Storage().Write("tokens.a", New);
            volume.Reboot();

            byte[] read = Storage().Read("tokens.a");
            Assert.True(read.SequenceEqual(Old) || read.SequenceEqual(New), "cut after step " + cut);
            sawNew |= read.SequenceEqual(New);

            // And the next write after the reboot goes through.
            Assert.Equal(StorageResult.Ok, Storage().Write("tokens.a", Old));
            Assert.Equal(Old, Storage().Read("tokens.a"));
        }

        Assert.True(sawNew);
    }

    [Fact]
    public void A_full_volume_fails_the_write_and_keeps_the_old_value_and_its_room()
    {
        LittleFsVolume volume = Volume();
        Storage().Write("tokens.a", Old);
        volume.Capacity = Old.Length + 3000;

        Assert.Equal(StorageResult.Failed, Storage().Write("tokens.a", New));
        Assert.Equal(Old, Storage().Read("tokens.a"));
        Assert.Equal(["I:\\deviceflow\\tokens.a"], volume.Files.Keys);

        // A power cut now changes nothing either.
        volume.Reboot();
        Assert.Equal(Old, Storage().Read("tokens.a"));
    }

    [Fact]
    public void The_folder_is_created_with_its_parents_on_first_write()
    {
        LittleFsVolume volume = Volume();
        Assert.Equal(StorageResult.Ok, new FlashStorage("I:\\apps\\deviceflow").Write("x", Old));
        Assert.True(volume.FolderExists("I:\\apps\\deviceflow"));
    }

    private static int StepsOf(Action write, Action before = null)
    {
        LittleFsVolume volume = Volume();
        before?.Invoke();
        int start = volume.Steps;
        write();
        return volume.Steps - start;
    }
}
