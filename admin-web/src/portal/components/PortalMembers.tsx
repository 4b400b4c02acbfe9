import type { PortalAccountData } from '../queries';

type Member = PortalAccountData['portalViewer']['customer']['members'][number];

const roleLabels: Record<Member['role'], string> = { OWNER: 'Owner', ADMIN: 'Admin', MEMBER: 'Member' };

export function PortalMembers({ members }: { members: readonly Member[] }) {
  return (
    <section className="card" aria-labelledby="portal-members-title">
      <h2 id="portal-members-title" className="card__title">
        People on the account
      </h2>
      {members.length === 0 ? (
        <p className="muted">Nobody yet.</p>
      ) : (
        <div className="table-wrap table-wrap--flat">
          <table className="table" aria-labelledby="portal-members-title">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
                <th scope="col">Portal access</th>
              </tr>
            </thead>
            <tbody>
              {members.map((member) => (
                <tr key={member.id}>
                  <td className="table__strong">
                    {member.name}
                    {!member.active && <span className="muted"> (deactivated)</span>}
                  </td>
                  <td>{member.email ?? <span className="muted">—</span>}</td>
                  <td>{roleLabels[member.role] ?? member.role}</td>
                  <td>{member.portalAccess ? 'Yes' : 'No'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
