// @actions/core imports HttpClient for one thing only: core.getIDToken(), the OIDC token
// of the job. audience-sync never calls it, so this client refuses every request instead
// of loading undici (and with it tens of milliseconds) on every run of the Action.
export class HttpClient {
  async getJson() {
    throw new Error(
      'audience-sync bundles @actions/core without its HTTP client: core.getIDToken() is not available',
    );
  }
}
