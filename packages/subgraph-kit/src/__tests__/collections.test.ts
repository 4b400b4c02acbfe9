import { groupBy } from '../collections';

describe('groupBy', () => {
  it('should group items by their key, keeping the order of keys and of items within each', () => {
    const events = [
      { partnerId: 'b', n: 1 },
      { partnerId: 'a', n: 2 },
      { partnerId: 'b', n: 3 },
    ];

    const groups = groupBy(events, (event) => event.partnerId);

    expect([...groups.keys()]).toEqual(['b', 'a']);
    expect(groups.get('b')!.map((event) => event.n)).toEqual([1, 3]);
    expect(groups.get('a')!.map((event) => event.n)).toEqual([2]);
  });

  it('should answer an empty map for no items', () => {
    expect(groupBy([], () => 'x').size).toBe(0);
  });
});
