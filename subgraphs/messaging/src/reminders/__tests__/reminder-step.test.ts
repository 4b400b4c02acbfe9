import { reminderStep } from '../low-credit-reminder.service';

const armed = { thresholdMinor: 1000, armed: true };
const spent = { ...armed, armed: false };

describe('reminderStep', () => {
  it('should send when the balance falls below the threshold while armed', () => {
    expect(reminderStep(armed, 999)).toBe('send');
  });

  it('should do nothing on further falls when a reminder was sent', () => {
    expect(reminderStep(spent, 500)).toBe('nothing');
  });

  it('should re-arm when the balance is back exactly at the threshold', () => {
    expect(reminderStep(spent, 1000)).toBe('rearm');
  });

  it('should do nothing above the threshold when armed', () => {
    expect(reminderStep(armed, 5000)).toBe('nothing');
  });
});
