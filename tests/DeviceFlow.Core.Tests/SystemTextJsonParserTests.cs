using System.Collections;
using DeviceFlow.Host;

namespace DeviceFlow.Core.Tests;

/// <summary>The host parser must hand the core the same shapes nanoFramework.Json gives on the device.</summary>
public class SystemTextJsonParserTests
{
    private readonly SystemTextJsonParser _parser = new();

    [Fact]
    public void Numbers_box_like_nanoFramework_json()
    {
        Hashtable fields = _parser.ParseObject("{\"small\":900,\"negative\":-3,\"large\":12345678901,\"huge\":18446744073709551615,\"real\":2.5,\"exp\":1e3}")!;
        Assert.IsType<int>(fields["small"]);
        Assert.Equal(-3, fields["negative"]);
        Assert.IsType<long>(fields["large"]);
        Assert.IsType<ulong>(fields["huge"]);
        Assert.Equal(2.5, fields["real"]);
        Assert.IsType<double>(fields["exp"]);
    }

    [Fact]
    public void Nested_objects_and_arrays_become_hashtables_and_arraylists()
    {
        Hashtable fields = _parser.ParseObject("{\"error_codes\":[70016,\"x\",null,true],\"inner\":{\"a\":false}}")!;
        var codes = Assert.IsType<ArrayList>(fields["error_codes"]);
        Assert.Equal(new object?[] { 70016, "x", null, true }, codes.ToArray());
        Assert.Equal(false, Assert.IsType<Hashtable>(fields["inner"])["a"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("\"text\"")]
    [InlineData("{\"a\":")]
    [InlineData("{'a':1}")]
    public void Anything_but_a_well_formed_object_is_null(string json)
    {
        Assert.Null(_parser.ParseObject(json));
    }
}
