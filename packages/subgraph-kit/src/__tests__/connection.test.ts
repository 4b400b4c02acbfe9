import { GraphQLError } from 'graphql';
import { type KeysetValueType, decodeCursor, encodeCursor } from '../connection';

const ID = '01a1ff5b-0303-7248-bdcf-a0a6cabc0e12';
const raw = (json: string) => Buffer.from(json).toString('base64url');

describe('cursors', () => {
  it('should decode what it encoded when the cursor is untouched', () => {
    const cursor = encodeCursor(['2026-11-21T10:00:00.000Z', ID]);

    expect(decodeCursor(cursor, 'timestamp')).toEqual(['2026-11-21T10:00:00.000Z', ID]);
  });

  it('should decode any text a text order sorts on', () => {
    expect(decodeCursor(encodeCursor(['Zoë & Sons 😀', ID]), 'text')).toEqual(['Zoë & Sons 😀', ID]);
  });

  it.each<[string, string, KeysetValueType]>([
    ['not base64 JSON', 'not-a-cursor', 'timestamp'],
    ['bad JSON', raw('["2026-11-21T10:00:00.000Z",'), 'timestamp'],
    ['the wrong shape', encodeCursor(['only one value']), 'timestamp'],
    ['three values', encodeCursor(['2026-11-21T10:00:00.000Z', ID, 'x']), 'timestamp'],
    ['an object', raw('{"value":"2026-11-21T10:00:00.000Z","id":"x"}'), 'timestamp'],
    ['an object inside', raw(JSON.stringify([{ a: 1 }, ID])), 'text'],
    ['an invalid timestamp', encodeCursor(['not a date', ID]), 'timestamp'],
    ['a day that does not exist', encodeCursor(['2026-02-30T10:00:00.000Z', ID]), 'timestamp'],
    ['a timestamp without its zone', encodeCursor(['2026-11-21T10:00:00', ID]), 'timestamp'],
    ['a number for a timestamp', encodeCursor([1764000000000, ID]), 'timestamp'],
    ['a number for text', encodeCursor([42, ID]), 'text'],
    ['text holding a NUL byte', encodeCursor(['a\u0000b', ID]), 'text'],
    ['text holding a lone surrogate', encodeCursor(['a\uD800', ID]), 'text'],
    ['an id that is not a uuid', encodeCursor(['2026-11-21T10:00:00.000Z', 'not-a-uuid']), 'timestamp'],
    ['a number for the id', encodeCursor(['Ann', 7]), 'text'],
    ['a null id', raw(JSON.stringify(['Ann', null])), 'text'],
  ])('should refuse a cursor that is %s as bad user input', (_case, cursor, valueType) => {
    const attempt = () => decodeCursor(cursor, valueType, 'before');

    expect(attempt).toThrow(GraphQLError);
    expect(attempt).toThrow('The cursor is not valid. Start again from the first page.');
    try {
      attempt();
    } catch (error) {
      expect((error as GraphQLError).extensions).toEqual({ code: 'BAD_USER_INPUT', argumentName: 'before' });
    }
  });
});
