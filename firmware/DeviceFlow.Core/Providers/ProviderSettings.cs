namespace DeviceFlow.Core.Providers
{
    /// <summary>
    /// What the maker writes in config.json next to the preset name. Only client_id is always needed; the
    /// others depend on the provider (see each preset). client_secret is a secret: never logged or shown.
    /// </summary>
    public sealed class ProviderSettings
    {
        public string ClientId { get; set; }

        public string ClientSecret { get; set; }

        /// <summary>Overrides the preset's default scope; the preset's required scope is still added.</summary>
        public string Scope { get; set; }

        /// <summary>Entra: common, organizations, consumers, a tenant GUID or domain.</summary>
        public string Tenant { get; set; }

        /// <summary>Auth0, Okta, Keycloak: the host (optionally with a path, e.g. sso.example.com/auth).</summary>
        public string Domain { get; set; }

        /// <summary>Keycloak realm.</summary>
        public string Realm { get; set; }

        /// <summary>Okta authorization server id ("default" when absent).</summary>
        public string AuthorizationServer { get; set; }

        /// <summary>Auth0 API identifier.</summary>
        public string Audience { get; set; }
    }
}
