import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { hasPermission, useViewer } from '../../platform/viewer';
import type { OperatorRole, OperatorStatus } from '../../gql/graphql';
import { ConfirmDialog } from '../../shared/components/ConfirmDialog';
import { Pagination } from '../../shared/components/Pagination';
import { SearchBox } from '../../shared/components/SearchBox';
import { describeError } from '../../shared/graphql-errors';
import { InviteOperatorDialog } from '../components/InviteOperatorDialog';
import { OperatorTable, type OperatorDraft } from '../components/OperatorTable';
import { OperatorDeactivateMutation, OperatorUpdateMutation } from '../mutations';
import { OperatorListQuery, ResellersQuery, type OperatorRowFragment } from '../queries';
import { isDowngrade, operatorRoleLabels } from '../roles';

const pageSize = 50;
const currentStatuses: OperatorStatus[] = ['INVITED', 'ACTIVE'];

type Cursor = { after: string } | { before: string } | null;
type Feedback = { tone: 'success' | 'error'; message: string };
/** A change to one's own access waits for a confirmation. */
type PendingSelfChange = { operator: OperatorRowFragment; change: OperatorDraft; summary: string };

export function OperatorListView() {
  const viewer = useViewer();
  const canManage = hasPermission(viewer, 'operators:manage');
  const [searchParams, setSearchParams] = useSearchParams();
  const query = searchParams.get('q')?.trim() ?? '';
  const showDeactivated = searchParams.get('status') === 'all';
  // The page we are on belongs to one search; a new search starts at the first page.
  const filterKey = `${query}|${showDeactivated}`;
  const [page, setPage] = useState<{ key: string; cursor: Cursor; from: number }>({
    key: filterKey,
    cursor: null,
    from: 1,
  });
  const { cursor, from } = page.key === filterKey ? page : { cursor: null, from: 1 };

  const [inviting, setInviting] = useState(false);
  const [deactivating, setDeactivating] = useState<OperatorRowFragment | null>(null);
  const [selfChange, setSelfChange] = useState<PendingSelfChange | null>(null);
  const [drafts, setDrafts] = useState<ReadonlyMap<string, OperatorDraft>>(new Map());
  const [feedback, setFeedback] = useState<Feedback | null>(null);

  const { data, previousData, loading, error, refetch } = useQuery(OperatorListQuery, {
    variables: {
      ...(cursor === null
        ? { first: pageSize }
        : 'after' in cursor
          ? { first: pageSize, after: cursor.after }
          : { last: pageSize, before: cursor.before }),
      filter: { query: query || undefined, status: showDeactivated ? undefined : currentStatuses },
    },
    fetchPolicy: 'cache-and-network',
  });
  const resellers = useQuery(ResellersQuery).data?.resellers ?? [];

  const [update] = useMutation(OperatorUpdateMutation);
  const [deactivate] = useMutation(OperatorDeactivateMutation, { refetchQueries: ['OperatorList'] });

  const onSearch = useCallback(
    (next: string) =>
      setSearchParams((prev) => {
        const params = new URLSearchParams(prev);
        if (next) params.set('q', next);
        else params.delete('q');
        return params;
      }),
    [setSearchParams],
  );

  function toggleDeactivated(show: boolean) {
    setSearchParams(
      (prev) => {
        const params = new URLSearchParams(prev);
        if (show) params.set('status', 'all');
        else params.delete('status');
        return params;
      },
      // A controlled checkbox must show its new state at once, not after a transition.
      { flushSync: true },
    );
  }

  async function applyChange(operator: OperatorRowFragment, change: OperatorDraft): Promise<string | null> {
    setDrafts((current) => new Map(current).set(operator.id, change));
    setFeedback(null);
    const isViewer = operator.id === viewer.id;
    let failure: string | null = null;
    try {
      const { data: result } = await update({
        variables: { input: { id: operator.id, ...change } },
        // Changing one's own role or limit changes what this app may show.
        refetchQueries: isViewer ? ['Viewer', 'OperatorList'] : ['OperatorList'],
      });
      const errors = result?.operatorUpdate.userErrors ?? [];
      if (errors.length > 0) failure = errors.map((e) => e.message).join(' ');
    } catch (caught) {
      failure = describeError(caught, 'The change was not saved');
    }
    setDrafts((current) => {
      const next = new Map(current);
      next.delete(operator.id);
      return next;
    });
    const what = 'role' in change ? 'Role' : 'Reseller limit';
    setFeedback(
      failure
        ? { tone: 'error', message: `${what} of ${operator.name} not changed: ${failure}` }
        : { tone: 'success', message: `${what} of ${operator.name} changed to ${describeChange(change)}.` },
    );
    return failure;
  }

  function describeChange(change: OperatorDraft): string {
    if (change.role) return operatorRoleLabels[change.role];
    if (change.resellerId) return resellers.find((r) => r.id === change.resellerId)?.name ?? 'one reseller';
    return 'all customers';
  }

  function changeRole(operator: OperatorRowFragment, role: OperatorRole) {
    if (operator.id === viewer.id && isDowngrade(operator.role, role)) {
      setSelfChange({ operator, change: { role }, summary: `Change your own role to ${operatorRoleLabels[role]}?` });
      return;
    }
    void applyChange(operator, { role });
  }

  function changeReseller(operator: OperatorRowFragment, resellerId: string | null) {
    if (operator.id === viewer.id && resellerId !== null) {
      setSelfChange({
        operator,
        change: { resellerId },
        summary: `Limit yourself to ${describeChange({ resellerId })}?`,
      });
      return;
    }
    void applyChange(operator, { resellerId });
  }

  const current = data?.operators;
  const shown = current ?? (loading ? previousData?.operators : undefined);

  let content: ReactNode;
  if (error && !current) {
    content = (
      <div className="state state--error" role="alert">
        <p>Operators could not be loaded.</p>
        <button type="button" className="button" onClick={() => void refetch().catch(() => undefined)}>
          Try again
        </button>
      </div>
    );
  } else if (!shown) {
    content = (
      <p className="state" role="status">
        Loading operators…
      </p>
    );
  } else if (shown.edges.length === 0) {
    content = <p className="state">{query ? `No operators match “${query}”.` : 'No operators yet.'}</p>;
  } else {
    const { pageInfo, edges, totalCount } = shown;
    content = (
      <>
        <OperatorTable
          operators={edges.map((edge) => edge.node)}
          resellers={resellers}
          viewerId={viewer.id}
          canManage={canManage}
          drafts={drafts}
          busy={loading}
          onChangeRole={changeRole}
          onChangeReseller={changeReseller}
          onDeactivate={setDeactivating}
        />
        {(pageInfo.hasNextPage || pageInfo.hasPreviousPage || cursor !== null) && (
          <Pagination
            from={from}
            count={edges.length}
            totalCount={totalCount}
            canGoBack={from > 1}
            canGoForward={pageInfo.hasNextPage || (cursor !== null && 'before' in cursor)}
            onPrevious={() =>
              setPage(
                from - pageSize <= 1 || !pageInfo.startCursor
                  ? { key: filterKey, cursor: null, from: 1 }
                  : { key: filterKey, cursor: { before: pageInfo.startCursor }, from: from - pageSize },
              )
            }
            onNext={() =>
              pageInfo.endCursor &&
              setPage({ key: filterKey, cursor: { after: pageInfo.endCursor }, from: from + edges.length })
            }
          />
        )}
      </>
    );
  }

  return (
    <section className="page" aria-labelledby="operators-title">
      <div className="page__header">
        <h1 id="operators-title" className="page__title">
          Operators
        </h1>
        <div className="page__tools">
          <SearchBox value={query} onSearch={onSearch} label="Search operators" placeholder="Search by name or email" />
          <label className="checkbox">
            <input type="checkbox" checked={showDeactivated} onChange={(e) => toggleDeactivated(e.target.checked)} />
            Show deactivated
          </label>
          {canManage && (
            <button type="button" className="button button--primary" onClick={() => setInviting(true)}>
              Invite operator
            </button>
          )}
        </div>
      </div>

      <div aria-live="polite">
        {feedback && (
          <p className={feedback.tone === 'error' ? 'alert' : 'notice notice--success'}>{feedback.message}</p>
        )}
      </div>

      {content}

      {canManage && <InviteOperatorDialog open={inviting} onOpenChange={setInviting} resellers={resellers} />}

      <ConfirmDialog
        open={deactivating !== null}
        onOpenChange={(open) => !open && setDeactivating(null)}
        title={`Deactivate ${deactivating?.name ?? ''}?`}
        description={
          <>
            {deactivating?.name} ({deactivating?.email}) will be signed out everywhere and will no longer be able to
            sign in. Their past actions stay in the audit log.
          </>
        }
        confirmLabel={`Deactivate ${deactivating?.name ?? ''}`}
        pendingLabel="Deactivating…"
        onConfirm={async () => {
          if (!deactivating) return null;
          try {
            const { data: result } = await deactivate({ variables: { input: { id: deactivating.id } } });
            const errors = result?.operatorDeactivate.userErrors ?? [];
            if (errors.length > 0) return errors.map((e) => e.message).join(' ');
          } catch (caught) {
            return describeError(caught, 'Not deactivated');
          }
          setFeedback({ tone: 'success', message: `${deactivating.name} is deactivated.` });
          return null;
        }}
      />

      <ConfirmDialog
        open={selfChange !== null}
        onOpenChange={(open) => !open && setSelfChange(null)}
        title={selfChange?.summary ?? ''}
        description="This changes your own access at once: you may lose access to pages you use now, and you may not be able to undo it yourself."
        confirmLabel="Change my access"
        pendingLabel="Saving…"
        onConfirm={async () => (selfChange ? applyChange(selfChange.operator, selfChange.change) : null)}
      />
    </section>
  );
}
