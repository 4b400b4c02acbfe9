/** GSM 03.38 basic character set: one septet each. */
const GSM_BASIC = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
/** GSM 03.38 extension table: an escape and the character, two septets each. */
const GSM_EXTENDED = new Set('^{}\\[~]|€\f');

export interface SmsLength {
  encoding: 'GSM_7' | 'UCS_2';
  /** Septets for GSM-7, UTF-16 code units for UCS-2. */
  units: number;
  segments: number;
}

/**
 * How many SMS segments a text takes. GSM-7 fits 160 septets in one segment and 153 per part when
 * concatenated (the header takes 7); any character outside GSM-7 switches the whole text to UCS-2,
 * 70 units alone or 67 per part. An empty text is one segment.
 */
export function smsLength(body: string): SmsLength {
  let septets = 0;
  let gsm = true;
  for (const character of body) {
    if (GSM_BASIC.has(character)) septets += 1;
    else if (GSM_EXTENDED.has(character)) septets += 2;
    else {
      gsm = false;
      break;
    }
  }
  if (gsm) {
    return { encoding: 'GSM_7', units: septets, segments: septets <= 160 ? 1 : Math.ceil(septets / 153) };
  }
  // UCS-2 counts UTF-16 code units: an emoji outside the BMP takes two.
  const units = body.length;
  return { encoding: 'UCS_2', units, segments: units <= 70 ? 1 : Math.ceil(units / 67) };
}
