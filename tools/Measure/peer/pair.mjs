// The peer client for tools/Measure: one pairing with openid-client's device authorization grant helpers
// (initiateDeviceAuthorization + pollDeviceAuthorizationGrant), against the DevServer.
// Usage: node pair.mjs <issuer> <device_authorization_endpoint> <token_endpoint> <client_id> <scope>
// Prints one JSON line per event on stdout ("code" when the user code is known, then "tokens" or "failed");
// never a token or the device_code. The harness trusts the DevServer's CA through NODE_EXTRA_CA_CERTS.
import * as client from 'openid-client';

const [issuer, deviceAuthorizationEndpoint, tokenEndpoint, clientId, scope] = process.argv.slice(2);
const emit = (event) => process.stdout.write(JSON.stringify(event) + '\n');

// Metadata given directly, no discovery request, so the peer sends exactly what the firmware sends.
const config = new client.Configuration(
  { issuer, device_authorization_endpoint: deviceAuthorizationEndpoint, token_endpoint: tokenEndpoint },
  clientId,
  undefined,
  client.None(),
);

try {
  const code = await client.initiateDeviceAuthorization(config, { scope });
  emit({ event: 'code', user_code: code.user_code, verification_uri_complete: code.verification_uri_complete ?? null, interval: code.interval ?? null });
  const tokens = await client.pollDeviceAuthorizationGrant(config, code);
  emit({ event: 'tokens', token_type: tokens.token_type });
} catch (error) {
  emit({ event: 'failed', error: String(error.error ?? error.code ?? error.name) });
  process.exitCode = 1;
}
