import { BetaEntity } from './beta.entity';

export function findBeta(): BetaEntity {
  return new BetaEntity();
}
