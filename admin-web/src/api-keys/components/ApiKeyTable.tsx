import { formatDate, formatDateTime } from '../../shared/format';
import type { ApiKeyRowFragment } from '../queries';
import { scopeLabel } from '../scopes';

type Props = {
  apiKeys: readonly ApiKeyRowFragment[];
  busy: boolean;
  onRevoke: (apiKey: ApiKeyRowFragment) => void;
};

export function ApiKeyTable({ apiKeys, busy, onRevoke }: Props) {
  return (
    <div className="table-wrap">
      <table className="table" aria-label="API keys" aria-busy={busy || undefined}>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Key</th>
            <th scope="col">Scopes</th>
            <th scope="col">Created</th>
            <th scope="col">Last used</th>
            <th scope="col">Status</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {apiKeys.map((apiKey) => (
            <tr key={apiKey.id} data-testid="api-key-row">
              <td className="table__strong">{apiKey.name}</td>
              <td className="table__mono">{apiKey.prefix}…</td>
              <td className="table__wrap">
                <ul className="chips" aria-label="Scopes">
                  {apiKey.scopes.map((scope) => (
                    <li key={scope} className="chip">
                      {scopeLabel(scope)}
                    </li>
                  ))}
                </ul>
              </td>
              <td>
                <time dateTime={apiKey.createdAt}>{formatDate(apiKey.createdAt)}</time>
              </td>
              <td>
                {apiKey.lastUsedAt ? (
                  <time dateTime={apiKey.lastUsedAt}>{formatDateTime(apiKey.lastUsedAt)}</time>
                ) : (
                  <span className="muted">Never</span>
                )}
              </td>
              <td>
                {apiKey.revokedAt ? (
                  <span className="badge badge--closed" title={`Revoked ${formatDateTime(apiKey.revokedAt)}`}>
                    Revoked
                  </span>
                ) : (
                  <span className="badge badge--active">Active</span>
                )}
              </td>
              <td className="table__actions">
                {!apiKey.revokedAt && (
                  <button
                    type="button"
                    className="button button--small button--danger-outline"
                    aria-label={`Revoke ${apiKey.name}`}
                    onClick={() => onRevoke(apiKey)}
                  >
                    Revoke
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
