// Breaks the rule on purpose: another module's entity, not its front door.
import { BetaEntity } from '../beta/beta.entity';
import { findBeta } from '../beta';

export function alphaOwnsBeta(): boolean {
  return findBeta() instanceof BetaEntity;
}
