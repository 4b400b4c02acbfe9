export class BetaEntity {
  readonly id = 'beta';
}
