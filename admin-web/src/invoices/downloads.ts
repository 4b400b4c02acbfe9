import { getAccessToken, refreshSession } from '../auth';

/**
 * Invoice files come from the gateway's `/files/billing` routes, which take the bearer token
 * and never the cookie (so another site cannot make the browser fetch one). The page fetches
 * the file itself and hands it to the browser as a download.
 */
const filesPath = '/files/billing';

export type DownloadResult = { ok: true } | { ok: false; message: string };

export function invoicePdfPath(id: string): string {
  return `${filesPath}/invoices/${encodeURIComponent(id)}.pdf`;
}

export function invoicesZipPath(ids: readonly string[]): string {
  return `${filesPath}/invoices.zip?ids=${ids.map(encodeURIComponent).join(',')}`;
}

async function fetchFile(path: string): Promise<Response | null> {
  const send = (token: string | null) =>
    fetch(path, { headers: token ? { authorization: `Bearer ${token}` } : {}, credentials: 'omit' });
  try {
    let response = await send(getAccessToken());
    // An expired token: renew it once from the refresh cookie, as the GraphQL client does.
    if (response.status === 401 && (await refreshSession())) response = await send(getAccessToken());
    return response;
  } catch {
    return null;
  }
}

function fileNameOf(response: Response, fallback: string): string {
  const match = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '');
  return match?.[1] ?? fallback;
}

/** Fetches the file at `path` and saves it under the name the server gives. */
export async function downloadFile(path: string, fallbackName: string): Promise<DownloadResult> {
  const response = await fetchFile(path);
  if (!response) return { ok: false, message: 'The download failed: could not reach the server.' };
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    return {
      ok: false,
      message: `The download failed: ${body?.error?.message ?? `the server answered ${response.status}.`}`,
    };
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameOf(response, fallbackName);
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file; give it a moment before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { ok: true };
}
