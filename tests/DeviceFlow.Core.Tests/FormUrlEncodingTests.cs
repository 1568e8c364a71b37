using System;
using DeviceFlow.Core.Json;
using DeviceFlow.Core.Protocol;

namespace DeviceFlow.Core.Tests;

public class FormUrlEncodingTests
{
    [Theory]
    [InlineData("abcXYZ019-._*", "abcXYZ019-._*")]
    [InlineData("openid profile", "openid+profile")]
    [InlineData("a&b=c+d%", "a%26b%3Dc%2Bd%25")]
    [InlineData("urn:ietf:params:oauth:grant-type:device_code", "urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Adevice_code")]
    [InlineData("~/", "%7E%2F")]
    [InlineData("é€😀", "%C3%A9%E2%82%AC%F0%9F%98%80")]
    public void Encode_follows_rfc6749_appendix_b(string value, string expected)
    {
        Assert.Equal(expected, FormUrlEncoding.Encode(value));
    }

    [Theory]
    [InlineData("openid+profile", "openid profile")]
    [InlineData("%C3%a9%E2%82%AC", "é€")]
    [InlineData("100%", "100%")]
    [InlineData("%zz", "%zz")]
    public void Decode_inverts_encoding_and_keeps_malformed_escapes(string value, string expected)
    {
        Assert.Equal(expected, FormUrlEncoding.Decode(value));
    }

    [Fact]
    public void Decode_round_trips_random_unicode()
    {
        var random = new Random(8628);
        for (int i = 0; i < 500; i++)
        {
            char[] chars = new char[random.Next(0, 20)];
            for (int c = 0; c < chars.Length; c++)
            {
                chars[c] = (char)random.Next(0x20, 0xD7FF);
            }

            string text = new(chars);
            Assert.Equal(text, FormUrlEncoding.Decode(FormUrlEncoding.Encode(text)));
            Assert.Equal(text, Uri.UnescapeDataString(FormUrlEncoding.Encode(text).Replace('+', ' ')));
        }
    }

    [Fact]
    public void Parse_reads_a_github_style_form_body()
    {
        var fields = FormUrlEncoding.Parse("access_token=gho_16C7e42F292c6912E7710c838347Ae178B4a&scope=repo%2Cgist&token_type=bearer&empty=&flag&quote=%22a%5Cb%0A");
        Assert.Equal("gho_16C7e42F292c6912E7710c838347Ae178B4a", Member(fields, "access_token"));
        Assert.Equal("repo,gist", Member(fields, "scope"));
        Assert.Equal(string.Empty, Member(fields, "empty"));
        Assert.Equal(string.Empty, Member(fields, "flag"));
        Assert.Equal("\"a\\b\n", Member(fields, "quote"));
    }

    [Fact]
    public void Parse_keeps_the_first_of_repeated_names()
    {
        var fields = FormUrlEncoding.Parse("error=slow_down&error=access_denied");
        Assert.Equal("slow_down", Member(fields, "error"));
    }

    /// <summary>A form answer is read as the JSON object it stands for: every member a string.</summary>
    private static string? Member(JsonTree fields, string name)
    {
        int value = fields.Find(JsonTree.Root, name);
        Assert.True(value >= 0, name + " is missing");
        Assert.Equal(JsonKind.String, fields.Kind(value));
        return fields.GetString(value);
    }

    [Fact]
    public void Form_body_omits_empty_values_and_refuses_repeats()
    {
        var body = new FormBody().Add("client_id", "abc").Add("scope", null!).Add("scope", string.Empty);
        Assert.Equal("client_id=abc", body.ToString());
        Assert.Throws<ArgumentException>(() => body.Add("client_id", "again"));
    }
}
