// Money is a value, not a module: every billing module formats and checks amounts the same way.
export {
  MAX_AMOUNT_MINOR,
  MAX_BALANCE_MINOR,
  MoneyType,
  availableMinor,
  currencyExponent,
  formatMinor,
  isRepresentableBalance,
  parseMajor,
  sumMinor,
  toMoney,
} from './money.type';
