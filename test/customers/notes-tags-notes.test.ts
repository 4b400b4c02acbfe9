import { graphql } from '../gql';
import { authRequest, execute, query } from '../support/api';
import { seed } from '../support/seed';
import { auditEntriesFor, tokenOf } from '../members/support';

const NOTE_CREATE = graphql(`
  mutation NotesNoteCreate($input: CustomerNoteCreateInput!) {
    customerNoteCreate(input: $input) {
      note {
        id
        body
        author {
          kind
          id
          name
        }
        createdAt
        updatedAt
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const NOTE_UPDATE = graphql(`
  mutation NotesNoteUpdate($input: CustomerNoteUpdateInput!) {
    customerNoteUpdate(input: $input) {
      note {
        id
        body
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const NOTE_DELETE = graphql(`
  mutation NotesNoteDelete($input: CustomerNoteDeleteInput!) {
    customerNoteDelete(input: $input) {
      deletedNoteId
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const CUSTOMER_NOTES = graphql(`
  query NotesOfCustomer($id: ID!, $first: Int, $after: String) {
    customer(id: $id) {
      notes(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          id
          body
        }
      }
    }
  }
`);

const VIEWER = graphql(`
  query NotesViewer {
    viewer {
      id
      name
    }
  }
`);

const INVITATION_CREATE = graphql(`
  mutation NotesMemberInvitation($input: MemberInvitationCreateInput!) {
    memberInvitationCreate(input: $input) {
      invitation {
        url
      }
    }
  }
`);

describe('customer notes', () => {
  it('should keep a note trimmed with its line breaks, name its author and audit it', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();
    const me = (await query(tenant.owner.token, VIEWER)).viewer;

    const created = await query(tenant.owner.token, NOTE_CREATE, {
      input: { customerId: customer.id, body: '  Called about the invoice.\n\tPromised to pay Friday.  \n' },
    });

    const note = created.customerNoteCreate.note!;
    expect(created.customerNoteCreate.userErrors).toEqual([]);
    expect(note).toMatchObject({
      body: 'Called about the invoice.\n\tPromised to pay Friday.',
      author: { kind: 'OPERATOR', id: me.id, name: me.name },
    });
    expect(note.updatedAt).toBe(note.createdAt);
    expect(await auditEntriesFor(note.id)).toEqual([
      {
        action: 'customer.note-created',
        details: {
          customerId: customer.id,
          changes: { body: { from: null, to: 'Called about the invoice.\n\tPromised to pay Friday.' } },
        },
      },
    ]);
  });

  it('should take a note of exactly 10,000 characters and refuse an empty one or a longer one field by field', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();

    const longest = await query(tenant.owner.token, NOTE_CREATE, {
      input: { customerId: customer.id, body: 'x'.repeat(10_000) },
    });
    const tooLong = await query(tenant.owner.token, NOTE_CREATE, {
      input: { customerId: customer.id, body: 'x'.repeat(10_001) },
    });
    const blank = await query(tenant.owner.token, NOTE_CREATE, { input: { customerId: customer.id, body: ' \n\t ' } });
    const control = await execute(tenant.owner.token, NOTE_CREATE, {
      input: { customerId: customer.id, body: 'bell \u0007 here' },
    });
    const notes = await query(tenant.owner.token, CUSTOMER_NOTES, { id: customer.id });

    expect(longest.customerNoteCreate.userErrors).toEqual([]);
    expect(longest.customerNoteCreate.note?.body).toHaveLength(10_000);
    expect(tooLong.customerNoteCreate.userErrors.map(({ field, code }) => [field, code])).toEqual([
      [['input', 'body'], 'TOO_LONG'],
    ]);
    expect(blank.customerNoteCreate.userErrors.map(({ field, code }) => [field, code])).toEqual([
      [['input', 'body'], 'REQUIRED'],
    ]);
    expect(control.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(notes.customer!.notes.totalCount).toBe(1);
  });

  it('should let only the author edit or delete a note, with a clear userError for anyone else', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();
    const colleague = await tenant.operator('SUPPORT');
    const created = await query(tenant.owner.token, NOTE_CREATE, { input: { customerId: customer.id, body: 'Mine' } });
    const id = created.customerNoteCreate.note!.id;

    const editByOther = await query(colleague.token, NOTE_UPDATE, { input: { id, body: 'Theirs now' } });
    const deleteByOther = await query(colleague.token, NOTE_DELETE, { input: { id } });
    const unchanged = await query(tenant.owner.token, CUSTOMER_NOTES, { id: customer.id });

    expect(editByOther.customerNoteUpdate).toEqual({
      note: null,
      userErrors: [
        { field: ['input', 'id'], code: 'NOT_ALLOWED', message: 'You can only edit notes you wrote yourself.' },
      ],
    });
    expect(deleteByOther.customerNoteDelete).toEqual({
      deletedNoteId: null,
      userErrors: [
        { field: ['input', 'id'], code: 'NOT_ALLOWED', message: 'You can only delete notes you wrote yourself.' },
      ],
    });
    expect(unchanged.customer!.notes.nodes).toEqual([{ id, body: 'Mine' }]);

    const same = await query(tenant.owner.token, NOTE_UPDATE, { input: { id, body: ' Mine ' } });
    const edited = await query(tenant.owner.token, NOTE_UPDATE, { input: { id, body: 'Mine, edited' } });
    const deleted = await query(tenant.owner.token, NOTE_DELETE, { input: { id } });
    const after = await query(tenant.owner.token, CUSTOMER_NOTES, { id: customer.id });

    expect(same.customerNoteUpdate).toEqual({ note: { id, body: 'Mine' }, userErrors: [] });
    expect(edited.customerNoteUpdate).toEqual({ note: { id, body: 'Mine, edited' }, userErrors: [] });
    expect(deleted.customerNoteDelete).toEqual({ deletedNoteId: id, userErrors: [] });
    expect(after.customer!.notes).toMatchObject({ totalCount: 0, nodes: [] });
    expect(await auditEntriesFor(id)).toEqual([
      {
        action: 'customer.note-created',
        details: { customerId: customer.id, changes: { body: { from: null, to: 'Mine' } } },
      },
      {
        action: 'customer.note-updated',
        details: { customerId: customer.id, changes: { body: { from: 'Mine', to: 'Mine, edited' } } },
      },
      {
        action: 'customer.note-deleted',
        details: { customerId: customer.id, changes: { body: { from: 'Mine, edited', to: null } } },
      },
    ]);
  });

  it('should page a customer’s notes newest first with cursors', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();
    for (const body of ['first', 'second', 'third']) {
      await query(tenant.owner.token, NOTE_CREATE, { input: { customerId: customer.id, body } });
    }

    const page1 = await query(tenant.owner.token, CUSTOMER_NOTES, { id: customer.id, first: 2 });
    const page2 = await query(tenant.owner.token, CUSTOMER_NOTES, {
      id: customer.id,
      first: 2,
      after: page1.customer!.notes.pageInfo.endCursor,
    });

    expect(page1.customer!.notes.nodes.map((note) => note.body)).toEqual(['third', 'second']);
    expect(page1.customer!.notes.pageInfo.hasNextPage).toBe(true);
    expect(page1.customer!.notes.totalCount).toBe(3);
    expect(page2.customer!.notes.nodes.map((note) => note.body)).toEqual(['first']);
    expect(page2.customer!.notes.pageInfo.hasNextPage).toBe(false);
  });

  it('should answer another partner’s customer and note as not found, and keep notes from the customer’s portal', async () => {
    const [tenant, other] = await Promise.all([seed.partner(), seed.partner()]);
    const [customer, foreignCustomer] = await Promise.all([tenant.customer(), other.customer()]);
    const foreign = await query(other.owner.token, NOTE_CREATE, {
      input: { customerId: foreignCustomer.id, body: 'Private' },
    });
    await query(tenant.owner.token, NOTE_CREATE, { input: { customerId: customer.id, body: 'Staff only' } });
    const member = await tenant.member(customer.id, { portalAccess: true });
    const invitation = await query(tenant.owner.token, INVITATION_CREATE, { input: { memberId: member.id } });
    await authRequest('/auth/invitation/accept', {
      token: tokenOf(invitation.memberInvitationCreate.invitation!.url),
      password: 'portal password for notes',
    });
    const portal = await authRequest('/auth/portal/sign-in', {
      email: member.email,
      password: 'portal password for notes',
    });

    const create = await query(tenant.owner.token, NOTE_CREATE, {
      input: { customerId: foreignCustomer.id, body: 'Intrusion' },
    });
    const edit = await query(tenant.owner.token, NOTE_UPDATE, {
      input: { id: foreign.customerNoteCreate.note!.id, body: 'Intrusion' },
    });
    const fromPortal = await execute(portal.body!.accessToken as string, CUSTOMER_NOTES, { id: customer.id });

    expect(create.customerNoteCreate.userErrors.map((error) => error.code)).toEqual(['NOT_FOUND']);
    expect(edit.customerNoteUpdate.userErrors).toEqual([
      { field: ['input', 'id'], code: 'NOT_FOUND', message: 'That note was not found.' },
    ]);
    expect(fromPortal.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(JSON.stringify(fromPortal)).not.toContain('Staff only');
    const foreignNotes = await query(other.owner.token, CUSTOMER_NOTES, { id: foreignCustomer.id });
    expect(foreignNotes.customer!.notes.nodes.map((note) => note.body)).toEqual(['Private']);
  });
});
