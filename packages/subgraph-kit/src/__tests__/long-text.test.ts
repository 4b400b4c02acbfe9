import { buildSchema, graphql } from 'graphql';
import { changesBetween } from '../audit';
import { guardSchema } from '../schema-guards';
import { text } from '../text';

function guardedSchema() {
  const schema = buildSchema(/* GraphQL */ `
    input CustomerNoteCreateInput {
      body: String!
      title: String
    }
    type Query {
      ok: Boolean
    }
    type Mutation {
      noteCreate(input: CustomerNoteCreateInput!): String!
    }
  `);
  schema.getMutationType()!.getFields().noteCreate!.resolve = (_source, args: { input: { body: string } }) =>
    args.input.body;
  return guardSchema(schema);
}

async function create(input: Record<string, unknown>) {
  return graphql({
    schema: guardedSchema(),
    source: 'mutation ($input: CustomerNoteCreateInput!) { noteCreate(input: $input) }',
    variableValues: { input },
  });
}

describe('running text (RUNNING_TEXT_FIELDS)', () => {
  it('should let a declared field through with line breaks and tabs, up to its own length', async () => {
    const body = `${'x'.repeat(15_000)}\nsecond line\r\n\tindented`;

    const result = await create({ body });

    expect(result).toEqual({ data: { noteCreate: body } });
  });

  it('should still refuse other control characters and text beyond the declared length', async () => {
    const bell = await create({ body: 'ding \u0007' });
    const tooLong = await create({ body: 'x'.repeat(20_001) });

    expect(bell.errors?.map((error) => error.extensions.code)).toEqual(['BAD_USER_INPUT']);
    expect(tooLong.errors?.[0]?.message).toBe('`input.body` is longer than 20000 characters.');
  });

  it('should keep the usual rules for the other fields of the same input', async () => {
    const result = await create({ body: 'fine', title: 'two\nlines' });

    expect(result.errors?.[0]?.message).toMatch(/^`input\.title` contains a control character/);
  });

  it('should accept line breaks in a multiline zod text and refuse them in a plain one', () => {
    expect(text(100, { multiline: true }).safeParse('a\nb').success).toBe(true);
    expect(text(100).safeParse('a\nb').success).toBe(false);
  });
});

describe('changesBetween', () => {
  it('should answer only the fields whose values differ, with nulls for missing values', () => {
    const changes = changesBetween<{ name: string; email: string | null; tags: string[] }>(
      { name: 'Ann', email: null, tags: ['a'] },
      { name: 'Ann', email: 'ann@example.com', tags: ['a', 'b'] },
    );

    expect(changes).toEqual({
      email: { from: null, to: 'ann@example.com' },
      tags: { from: ['a'], to: ['a', 'b'] },
    });
  });

  it('should answer nothing when nothing changed', () => {
    expect(changesBetween({ role: 'ADMIN', portalAccess: false }, { role: 'ADMIN', portalAccess: false })).toEqual({});
  });
});
