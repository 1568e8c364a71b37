using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using DeviceFlow.Core.Json;
using DeviceFlow.Core.Pairing;
using DeviceFlow.Core.Ports;
using DeviceFlow.Core.Protocol;
using DuendeTokenResponse = Duende.IdentityModel.Client.TokenResponse;
using ProtocolResponse = Duende.IdentityModel.Client.ProtocolResponse;

namespace DeviceFlow.Measure.Memory;

/// <summary>
/// Allocation per operation of the core's poll cycle and token parsing, next to System.Text.Json into a DTO and
/// Duende.IdentityModel's response types parsing the same bodies. The transport is excluded: it hands back a
/// prepared result, as the device's HttpClient hands back a body string it has already read.
/// </summary>
[MemoryDiagnoser]
public class PollCycleBenchmarks
{
    private static readonly TokenAnswer PendingAnswer = new(TokenAnswerKind.Pending, null, new OAuthError(OAuthError.AuthorizationPending, null, null), null, 0, HttpResult.NoRetryAfter);

    private readonly CannedTransport _transport = new();
    private readonly HttpResult _pendingResult = HttpResult.Completed(400, "application/json;charset=UTF-8", SampleBodies.Pending, HttpResult.NoRetryAfter);
    private readonly HttpResult _tokensResult = HttpResult.Completed(200, "application/json;charset=UTF-8", SampleBodies.Tokens, HttpResult.NoRetryAfter);
    private DeviceFlowProtocol _protocol = null!;
    private PairingState _showingCode = null!;
    private long _now;

    [GlobalSetup]
    public void Setup()
    {
        var config = new ClientConfig
        {
            ClientId = "sensor-firmware",
            Scope = "openid offline_access",
            DeviceAuthorizationUrl = "https://localhost:5001/connect/device",
            TokenUrl = "https://localhost:5001/connect/token",
        };
        _protocol = new DeviceFlowProtocol(config, _transport);
        _transport.Next = HttpResult.Completed(200, "application/json", SampleBodies.DeviceAuthorization, HttpResult.NoRetryAfter);
        DeviceAuthorizationAnswer code = _protocol.RequestDeviceAuthorization();
        _showingCode = PairingMachine.Step(PairingMachine.Step(PairingState.Idle, PairingEvent.StartRequested(), 0), PairingEvent.CodeAnswered(code, 0), 100);
        _now = _showingCode.NextPollAtMs;
        _transport.Next = _pendingResult;
    }

    [Benchmark(Description = "core: poll cycle (request, parse pending, state step)")]
    [BenchmarkCategory("poll")]
    public PairingState CorePollCycle()
    {
        TokenAnswer answer = _protocol.PollToken(SampleBodies.DeviceCode);
        return PairingMachine.Step(_showingCode, PairingEvent.PollAnswered(answer, _now), _now);
    }

    [Benchmark(Description = "core: build a poll form (once per device code, then reused)")]
    [BenchmarkCategory("poll")]
    public HttpRequest CoreBuildPollRequest()
    {
        FormBody body = new FormBody().Add("grant_type", DeviceFlowProtocol.DeviceCodeGrantType).Add("device_code", SampleBodies.DeviceCode).Add("client_id", "sensor-firmware");
        return HttpRequest.PostForm("https://localhost:5001/connect/token", body.ToString(), null, ClientConfig.DefaultMaxResponseBytes);
    }

    [Benchmark(Description = "core: parse pending (JSON reader + ServerAnswer + OAuthError)")]
    [BenchmarkCategory("poll")]
    public ServerAnswer CoreParsePending() => ServerAnswer.Read(_pendingResult, ClientConfig.DefaultMaxResponseBytes);

    [Benchmark(Description = "core: JSON reader alone (JsonTree.Parse)")]
    [BenchmarkCategory("poll")]
    public JsonTree? CoreJsonReaderPending() => JsonTree.Parse(SampleBodies.Pending, out _);

    [Benchmark(Description = "core: state step only")]
    [BenchmarkCategory("poll")]
    public PairingState CoreStateStep() => PairingMachine.Step(_showingCode, PairingEvent.PollAnswered(PendingAnswer, _now), _now);

    [Benchmark(Description = "System.Text.Json DTO: parse pending")]
    [BenchmarkCategory("poll")]
    public TokenDto? StjPending() => JsonSerializer.Deserialize(SampleBodies.Pending, TokenDtoContext.Default.TokenDto);

    [Benchmark(Description = "Duende.IdentityModel: parse pending")]
    [BenchmarkCategory("poll")]
    public DuendeTokenResponse DuendePending() => Duende(HttpStatusCode.BadRequest, SampleBodies.Pending);

    [Benchmark(Description = "Duende's input alone: HttpResponseMessage + StringContent")]
    [BenchmarkCategory("poll")]
    public HttpResponseMessage DuendeInputOnly() => Message(HttpStatusCode.BadRequest, SampleBodies.Pending);

    [Benchmark(Description = "core: parse token response (ServerAnswer + TokenResponse)")]
    [BenchmarkCategory("tokens")]
    public TokenResponse? CoreParseTokens()
    {
        ServerAnswer answer = ServerAnswer.Read(_tokensResult, ClientConfig.DefaultMaxResponseBytes);
        return TokenResponse.FromFields(answer.Fields, out _);
    }

    [Benchmark(Description = "System.Text.Json DTO: parse token response")]
    [BenchmarkCategory("tokens")]
    public TokenDto? StjTokens() => JsonSerializer.Deserialize(SampleBodies.Tokens, TokenDtoContext.Default.TokenDto);

    [Benchmark(Description = "Duende.IdentityModel: parse token response")]
    [BenchmarkCategory("tokens")]
    public DuendeTokenResponse DuendeTokens() => Duende(HttpStatusCode.OK, SampleBodies.Tokens);

    private static DuendeTokenResponse Duende(HttpStatusCode status, string body)
        => ProtocolResponse.FromHttpResponseAsync<DuendeTokenResponse>(Message(status, body)).GetAwaiter().GetResult();

    private static HttpResponseMessage Message(HttpStatusCode status, string body)
        => new(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

    /// <summary>Hands back whatever result it was given, allocating nothing: the transport is not measured.</summary>
    private sealed class CannedTransport : IHttpTransport
    {
        public HttpResult Next { get; set; } = null!;

        public HttpResult Send(HttpRequest request) => Next;
    }
}
