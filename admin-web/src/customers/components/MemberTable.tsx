import type { ReactNode } from 'react';
import { formatDate } from '../../shared/format';
import { memberRoleLabels, recipientStatusLabels } from '../display';
import type { CustomerMemberRowFragment } from '../queries';

type Props = {
  members: readonly CustomerMemberRowFragment[];
  /** The actions offered on each member, if the viewer may take any. */
  actions?: (member: CustomerMemberRowFragment) => ReactNode;
};

export function MemberTable({ members, actions }: Props) {
  return (
    <div className="table-wrap">
      <table className="table table--cards" aria-label="Members">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Phone</th>
            <th scope="col">Role</th>
            <th scope="col">Portal</th>
            <th scope="col">Recipient</th>
            <th scope="col">Status</th>
            <th scope="col">Added</th>
            {actions && (
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {members.map((member) => (
            <tr key={member.id} data-testid="member-row">
              <td className="table__strong" data-label="Name">
                {member.name}
              </td>
              <td className="table__truncate" data-label="Email">
                {member.email ?? <span className="muted">—</span>}
              </td>
              <td data-label="Phone">{member.phone ?? <span className="muted">—</span>}</td>
              <td data-label="Role">{memberRoleLabels[member.role]}</td>
              <td data-label="Portal">{member.portalAccess ? 'Yes' : 'Contact only'}</td>
              <td data-label="Recipient">{recipientStatusLabels[member.recipientStatus]}</td>
              <td data-label="Status">
                <span className={`badge badge--${member.active ? 'active' : 'inactive'}`}>
                  {member.active ? 'Active' : 'Deactivated'}
                </span>
              </td>
              <td data-label="Added">
                <time dateTime={member.createdAt}>{formatDate(member.createdAt)}</time>
              </td>
              {actions && <td className="table__actions">{actions(member)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
