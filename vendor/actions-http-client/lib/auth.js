// See index.js: the credential handler of the OIDC request, which never happens.
export class BearerCredentialHandler {}
