using System;
using System.Text;
using DeviceFlow.Core.Ports;

namespace DeviceFlow.Core.Protocol
{
    /// <summary>
    /// The OAuth 2.0 Device Authorization Grant (RFC 8628) on the wire: one method per request the device makes.
    /// Pacing and retries live in the pairing machine; this class only builds requests and reads answers.
    /// </summary>
    public sealed class DeviceFlowProtocol
    {
        /// <summary>RFC 8628 §3.4: the grant type, exactly.</summary>
        public const string DeviceCodeGrantType = "urn:ietf:params:oauth:grant-type:device_code";

        private readonly ClientConfig _config;
        private readonly IHttpTransport _transport;
        private string _pollDeviceCode;
        private string _pollUserCode;
        private HttpRequest _pollRequest;

        public DeviceFlowProtocol(ClientConfig config, IHttpTransport transport)
        {
            _config = config;
            _transport = transport;
        }

        /// <summary>
        /// §3.1: POST client_id and scope to the device authorization endpoint. A confidential client
        /// authenticates here exactly as at the token endpoint.
        /// </summary>
        public DeviceAuthorizationAnswer RequestDeviceAuthorization()
        {
            FormBody body = new FormBody();
            string authorization = AddClientAuthentication(body);
            body.Add("scope", _config.Scope);
            AddExtraParameters(body, _config.ExtraDeviceAuthorizationParameters);

            ServerAnswer answer = Post(_config.DeviceAuthorizationUrl, body.ToString(), authorization);
            switch (answer.Kind)
            {
                case AnswerKind.Fields:
                    string problem;
                    DeviceAuthorization authorizationResponse = DeviceAuthorization.FromFields(answer.Fields, out problem);
                    return new DeviceAuthorizationAnswer(authorizationResponse, null, problem);
                case AnswerKind.Error:
                    // §3.2: errors here use the RFC 6749 §5.2 format.
                    return new DeviceAuthorizationAnswer(null, answer.Error, null);
                default:
                    // No answer, a 5xx or a non-OAuth body: the attempt ends with the reason; a press starts another.
                    return new DeviceAuthorizationAnswer(null, null, answer.Problem);
            }
        }

        /// <summary>§3.4: one device access token request. The caller paces these (§3.5).</summary>
        public TokenAnswer PollToken(string deviceCode)
        {
            return PollToken(deviceCode, null);
        }

        /// <summary>
        /// §3.4 with the user code at hand: a provider that wants it back (Login with Amazon) gets it, and one with
        /// its own grant type gets that instead of the URN.
        /// </summary>
        public TokenAnswer PollToken(string deviceCode, string userCode)
        {
            // Every poll of one code sends the same request: build it once, not every few seconds on a small heap.
            if (_pollRequest == null || deviceCode != _pollDeviceCode || userCode != _pollUserCode)
            {
                FormBody body = new FormBody();
                body.Add("grant_type", _config.DeviceCodeGrantType == null ? DeviceCodeGrantType : _config.DeviceCodeGrantType);
                body.Add("device_code", deviceCode);
                if (_config.SendUserCodeWhenPolling)
                {
                    body.Add("user_code", userCode);
                }

                string authorization = AddClientAuthentication(body);
                _pollRequest = HttpRequest.PostForm(_config.TokenUrl, body.ToString(), authorization, _config.MaxResponseBytes);
                _pollDeviceCode = deviceCode;
                _pollUserCode = userCode;
            }

            return ReadTokenAnswer(ServerAnswer.Read(_transport.Send(_pollRequest), _config.MaxResponseBytes));
        }

        /// <summary>RFC 6749 §6: exchange a refresh token for a new access token (and maybe a rotated refresh token).</summary>
        public TokenAnswer Refresh(string refreshToken)
        {
            FormBody body = new FormBody();
            body.Add("grant_type", "refresh_token");
            body.Add("refresh_token", refreshToken);
            string authorization = AddClientAuthentication(body);
            return ReadTokenAnswer(Post(_config.TokenUrl, body.ToString(), authorization));
        }

        /// <summary>
        /// RFC 7009 §2.1: revoke a refresh token (which also ends its access tokens), authenticated like the token
        /// endpoint. §2.2: HTTP 200 means done, even for a token the server no longer knows; the body is ignored.
        /// </summary>
        public bool Revoke(string refreshToken, out string problem)
        {
            FormBody body = new FormBody();
            body.Add("token", refreshToken);
            body.Add("token_type_hint", "refresh_token");
            string authorization = AddClientAuthentication(body);
            HttpResult result = _transport.Send(HttpRequest.PostForm(_config.RevocationUrl, body.ToString(), authorization, _config.MaxResponseBytes));
            if (result.Outcome == TransportOutcome.Completed && result.StatusCode >= 200 && result.StatusCode < 300)
            {
                problem = null;
                return true;
            }

            ServerAnswer answer = ServerAnswer.Read(result, _config.MaxResponseBytes);
            problem = answer.Error != null ? answer.Error.Code : answer.Problem;
            return false;
        }

        private ServerAnswer Post(string url, string formBody, string authorization)
        {
            HttpResult result = _transport.Send(HttpRequest.PostForm(url, formBody, authorization, _config.MaxResponseBytes));
            return ServerAnswer.Read(result, _config.MaxResponseBytes);
        }

        /// <summary>
        /// RFC 6749 §2.3.1 / RFC 8628 §3.4: client_id in the body unless the client authenticates with HTTP Basic,
        /// whose credentials are form-encoded before base64. Returns the Authorization header value, or null.
        /// </summary>
        private string AddClientAuthentication(FormBody body)
        {
            if (_config.AuthStyle == ClientAuthStyle.BasicHeader)
            {
                string credentials = FormUrlEncoding.Encode(_config.ClientId) + ":" + FormUrlEncoding.Encode(_config.ClientSecret);
                return "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials));
            }

            body.Add("client_id", _config.ClientId);
            if (_config.AuthStyle == ClientAuthStyle.RequestBody)
            {
                body.Add("client_secret", _config.ClientSecret);
            }

            return null;
        }

        /// <summary>Provider-required extras; FormBody refuses a repeated name, so they cannot override the RFC's own.</summary>
        private static void AddExtraParameters(FormBody body, string[] pairs)
        {
            for (int i = 0; pairs != null && i + 1 < pairs.Length; i += 2)
            {
                body.Add(pairs[i], pairs[i + 1]);
            }
        }

        private static TokenAnswer ReadTokenAnswer(ServerAnswer answer)
        {
            switch (answer.Kind)
            {
                case AnswerKind.Fields:
                    string problem;
                    TokenResponse tokens = TokenResponse.FromFields(answer.Fields, out problem);
                    if (tokens == null)
                    {
                        return new TokenAnswer(TokenAnswerKind.Unusable, null, null, problem, 0, answer.RetryAfterSeconds);
                    }

                    // RFC 6749 §7.1: a token of a type the device cannot send is dropped here, before anyone stores it.
                    return tokens.IsBearer
                        ? new TokenAnswer(TokenAnswerKind.Tokens, tokens, null, null, 0, answer.RetryAfterSeconds)
                        : new TokenAnswer(TokenAnswerKind.UnsupportedTokenType, null, null, "token_type " + tokens.TokenType + " is not Bearer", 0, answer.RetryAfterSeconds);
                case AnswerKind.Error:
                    return ReadTokenError(answer);
                case AnswerKind.Throttled:
                    // Too Many Requests is the server saying slow_down without the words (Auth0, Hydra).
                    return new TokenAnswer(TokenAnswerKind.SlowDown, null, null, answer.Problem, 0, answer.RetryAfterSeconds);
                case AnswerKind.Transient:
                    return new TokenAnswer(TokenAnswerKind.Transient, null, null, answer.Problem, 0, answer.RetryAfterSeconds);
                default:
                    return new TokenAnswer(TokenAnswerKind.Unusable, null, null, answer.Problem, 0, answer.RetryAfterSeconds);
            }
        }

        /// <summary>§3.5 error codes, decided by the "error" member alone.</summary>
        private static TokenAnswer ReadTokenError(ServerAnswer answer)
        {
            string code = answer.Error.Code;
            TokenAnswerKind kind = code == OAuthError.AuthorizationPending ? TokenAnswerKind.Pending
                : code == OAuthError.SlowDown ? TokenAnswerKind.SlowDown
                : code == OAuthError.AccessDenied || code == OAuthError.AuthorizationDeclined ? TokenAnswerKind.Denied
                : code == OAuthError.ExpiredToken ? TokenAnswerKind.Expired
                : TokenAnswerKind.Rejected;

            // GitHub's slow_down carries the new interval it wants (docs.github.com, device flow error codes).
            int serverInterval;
            if (kind != TokenAnswerKind.SlowDown || !Fields.TryGetInt(answer.Fields, "interval", out serverInterval) || serverInterval < 0)
            {
                serverInterval = 0;
            }

            return new TokenAnswer(kind, null, answer.Error, null, serverInterval, answer.RetryAfterSeconds);
        }
    }
}
