export const portalPath = '/portal';
export const portalSignInPath = `${portalPath}/sign-in`;
/** Where a member's invitation link leads (`/portal/invitation#token=…`); the API writes the link. */
export const portalInvitationPath = `${portalPath}/invitation`;

/** The fragment parameter that hands a log-in-as token to a new portal tab. */
export const handOverTokenParam = 'access_token';

/**
 * The portal's home. With a log-in-as session's token, the token rides in the fragment, which
 * is never sent to a server, and adoptPortalTokenFromUrl() takes it off the URL on arrival.
 */
export function portalUrl(handOver?: { accessToken: string }): string {
  return handOver ? `${portalPath}#${handOverTokenParam}=${encodeURIComponent(handOver.accessToken)}` : portalPath;
}

export function portalSignInUrl(): string {
  return portalSignInPath;
}
