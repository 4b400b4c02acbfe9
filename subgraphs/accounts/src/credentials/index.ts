export { credentialsModule, type Credentials } from './credentials.module';
export { type Invitation, type InvitationKind, InvitationService } from './invitation.service';
export { InvitationType, toInvitationType } from './invitation.type';
export { hashPassword, newPasswordSchema, verifyAgainstDecoy, verifyPassword } from './password';
export { digestOf, newSecret } from './secrets';
export { SESSION_LIFETIME_MS, type SessionKind, type SessionRow, SessionService } from './session.service';
export {
  type ThrottleKey,
  ThrottleService,
  type Throttled,
  invitationThrottleKeys,
  reauthenticationThrottleKeys,
  signInThrottleKeys,
} from './throttle.service';
export { type IssuedToken, TokenService } from './token.service';
export { DEVELOPMENT_SIGNING_KEY_ENCRYPTION_KEY, SigningKeyCipher, parseEncryptionKey } from './signing-key.cipher';
