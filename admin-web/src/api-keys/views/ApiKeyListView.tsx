import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { ConfirmDialog } from '../../shared/components/ConfirmDialog';
import { describeError } from '../../shared/graphql-errors';
import { ApiKeyTable } from '../components/ApiKeyTable';
import { CreateApiKeyDialog } from '../components/CreateApiKeyDialog';
import { ApiKeyRevokeMutation } from '../mutations';
import { ApiKeyListQuery, type ApiKeyRowFragment } from '../queries';

const pageSize = 100;

export function ApiKeyListView() {
  const [searchParams, setSearchParams] = useSearchParams();
  const includeRevoked = searchParams.get('revoked') === 'show';
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiKeyRowFragment | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(ApiKeyListQuery, {
    variables: { first: pageSize, filter: { includeRevoked } },
    fetchPolicy: 'cache-and-network',
  });
  const [revoke] = useMutation(ApiKeyRevokeMutation, { refetchQueries: ['ApiKeyList'] });

  const current = data?.apiKeys;
  const shown = current ?? (loading ? previousData?.apiKeys : undefined);

  let content: ReactNode;
  if (error && !current) {
    content = (
      <div className="state state--error" role="alert">
        <p>API keys could not be loaded.</p>
        <button type="button" className="button" onClick={() => void refetch().catch(() => undefined)}>
          Try again
        </button>
      </div>
    );
  } else if (!shown) {
    content = (
      <p className="state" role="status">
        Loading API keys…
      </p>
    );
  } else if (shown.edges.length === 0) {
    content = (
      <div className="state">
        <p>{includeRevoked ? 'No API keys yet.' : 'No active API keys.'}</p>
        <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
          Create API key
        </button>
      </div>
    );
  } else {
    const { pageInfo, edges, totalCount } = shown;
    content = (
      <>
        <ApiKeyTable apiKeys={edges.map((edge) => edge.node)} busy={loading} onRevoke={setRevoking} />
        {pageInfo.hasNextPage && pageInfo.endCursor && (
          <button
            type="button"
            className="button"
            onClick={() =>
              void fetchMore({
                variables: { after: pageInfo.endCursor },
                updateQuery: (previous, { fetchMoreResult }) => ({
                  apiKeys: {
                    ...fetchMoreResult.apiKeys,
                    edges: [...previous.apiKeys.edges, ...fetchMoreResult.apiKeys.edges],
                  },
                }),
              }).catch(() => undefined)
            }
          >
            Show more ({edges.length} of {totalCount})
          </button>
        )}
      </>
    );
  }

  return (
    <section className="page" aria-labelledby="api-keys-title">
      <div className="page__header">
        <h1 id="api-keys-title" className="page__title">
          API keys
        </h1>
        <div className="page__tools">
          <label className="checkbox">
            <input
              type="checkbox"
              checked={includeRevoked}
              onChange={(event) =>
                setSearchParams(event.target.checked ? { revoked: 'show' } : {}, {
                  replace: true,
                  // A controlled checkbox must show its new state at once, not after a transition.
                  flushSync: true,
                })
              }
            />
            Show revoked
          </label>
          <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
            Create API key
          </button>
        </div>
      </div>

      <div aria-live="polite">{notice && <p className="notice notice--success">{notice}</p>}</div>

      {content}

      <CreateApiKeyDialog open={creating} onOpenChange={setCreating} />

      <ConfirmDialog
        open={revoking !== null}
        onOpenChange={(open) => !open && setRevoking(null)}
        title={`Revoke API key “${revoking?.name ?? ''}”?`}
        description={
          <>
            Anything using the key <code>{revoking?.prefix}…</code> stops working at once. This cannot be undone: to
            restore access, create a new key.
          </>
        }
        confirmLabel="Revoke key"
        pendingLabel="Revoking…"
        onConfirm={async () => {
          if (!revoking) return null;
          setNotice(null);
          try {
            const { data: result } = await revoke({ variables: { input: { id: revoking.id } } });
            const errors = result?.apiKeyRevoke.userErrors ?? [];
            if (errors.length > 0) return errors.map((e) => e.message).join(' ');
          } catch (caught) {
            return describeError(caught, 'The key was not revoked');
          }
          setNotice(`API key “${revoking.name}” is revoked.`);
          return null;
        }}
      />
    </section>
  );
}
