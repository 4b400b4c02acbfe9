import { inFetchOrder } from '../events';

const job = (id: string, createdOn: string, priority = 0) => ({ id, priority, createdOn: new Date(createdOn) });

describe('inFetchOrder', () => {
  it('should put jobs back in the order pg-boss chose them: higher priority, then older, then by id', () => {
    const handedBack = [
      job('c', '2026-12-01T10:00:02Z'),
      job('b', '2026-12-01T10:00:01Z'),
      job('z', '2026-12-01T10:00:03Z', 1),
      job('a', '2026-12-01T10:00:01Z'),
    ];

    expect(inFetchOrder(handedBack).map((each) => each.id)).toEqual(['z', 'a', 'b', 'c']);
  });

  it('should leave the batch it was given as it was', () => {
    const handedBack = [job('b', '2026-12-01T10:00:01Z'), job('a', '2026-12-01T10:00:00Z')];

    inFetchOrder(handedBack);

    expect(handedBack.map((each) => each.id)).toEqual(['b', 'a']);
  });
});
