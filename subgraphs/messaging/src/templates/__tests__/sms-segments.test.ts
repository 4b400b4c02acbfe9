import { smsLength } from '../sms-segments';

describe('smsLength', () => {
  it('should count one GSM-7 segment when the text is at most 160 septets', () => {
    expect(smsLength('a'.repeat(160))).toEqual({ encoding: 'GSM_7', units: 160, segments: 1 });
    expect(smsLength('')).toEqual({ encoding: 'GSM_7', units: 0, segments: 1 });
  });

  it('should count 153 septets per part when a GSM-7 text is longer than 160', () => {
    expect(smsLength('a'.repeat(161))).toEqual({ encoding: 'GSM_7', units: 161, segments: 2 });
    expect(smsLength('a'.repeat(306))).toEqual({ encoding: 'GSM_7', units: 306, segments: 2 });
    expect(smsLength('a'.repeat(307))).toEqual({ encoding: 'GSM_7', units: 307, segments: 3 });
  });

  it('should count extension characters such as € and { as two septets when the text is GSM-7', () => {
    expect(smsLength('€{}')).toEqual({ encoding: 'GSM_7', units: 6, segments: 1 });
    expect(smsLength(`${'a'.repeat(159)}€`)).toMatchObject({ units: 161, segments: 2 });
  });

  it('should switch the whole text to UCS-2 when one character is outside GSM-7', () => {
    expect(smsLength('Zoë')).toEqual({ encoding: 'UCS_2', units: 3, segments: 1 });
    expect(smsLength('ë'.repeat(70))).toMatchObject({ segments: 1 });
    expect(smsLength('ë'.repeat(71))).toMatchObject({ segments: 2 });
    expect(smsLength('ë'.repeat(135))).toMatchObject({ segments: 3 });
  });

  it('should count an emoji as two UCS-2 units when it lies outside the basic plane', () => {
    expect(smsLength('👍')).toEqual({ encoding: 'UCS_2', units: 2, segments: 1 });
  });
});
