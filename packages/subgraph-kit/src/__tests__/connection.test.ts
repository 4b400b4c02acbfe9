import { GraphQLError } from 'graphql';
import { decodeCursor, encodeCursor } from '../connection';

describe('cursors', () => {
  it('should decode what it encoded when the cursor is untouched', () => {
    const cursor = encodeCursor(['2026-11-21T10:00:00.000Z', '01a1ff5b-0303-7248-bdcf-a0a6cabc0e12']);

    expect(decodeCursor(cursor)).toEqual(['2026-11-21T10:00:00.000Z', '01a1ff5b-0303-7248-bdcf-a0a6cabc0e12']);
  });

  it.each([
    ['not base64 JSON', 'not-a-cursor'],
    ['the wrong shape', encodeCursor(['only one value'])],
    ['an object inside', Buffer.from(JSON.stringify([{ a: 1 }, 'id'])).toString('base64url')],
  ])('should refuse a cursor that is %s as bad user input', (_case, cursor) => {
    const attempt = () => decodeCursor(cursor);

    expect(attempt).toThrow(GraphQLError);
    expect(attempt).toThrow('The cursor is not valid. Start again from the first page.');
  });
});
