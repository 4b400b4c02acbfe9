export const signInPath = '/sign-in';
/** Where an operator's invitation link leads (`/invitation#token=…`); the API writes the link. */
export const invitationPath = '/invitation';

export function signInUrl(): string {
  return signInPath;
}
