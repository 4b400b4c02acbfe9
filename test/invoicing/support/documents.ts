import { spawn } from 'node:child_process';
import { join } from 'node:path';
import JSZip from 'jszip';
import { testStack } from '../../support/env';

export interface Download {
  status: number;
  contentType: string | null;
  disposition: string | null;
  body: Buffer;
}

/** GETs a file through the gateway, as the admin app or a partner app would. */
export async function download(path: string, token: string | null): Promise<Download> {
  const response = await fetch(`${testStack().gatewayUrl}${path}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    disposition: response.headers.get('content-disposition'),
    body: Buffer.from(await response.arrayBuffer()),
  };
}

/** The text of a PDF, every page, with runs of white space made single spaces. */
export async function pdfText(pdf: Buffer): Promise<string> {
  const child = spawn(process.execPath, [join(__dirname, 'pdf-text.mjs')], { stdio: ['pipe', 'pipe', 'pipe'] });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
  const exited = new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  child.stdin.end(pdf);
  const code = await exited;
  if (code !== 0) throw new Error(`reading the PDF's text failed: ${Buffer.concat(err).toString()}`);
  return Buffer.concat(out).toString().replace(/\s+/g, ' ');
}

/** The files of a ZIP by name. */
export async function unzip(zip: Buffer): Promise<Map<string, Buffer>> {
  const archive = await JSZip.loadAsync(zip);
  const files = new Map<string, Buffer>();
  for (const entry of Object.values(archive.files)) {
    if (!entry.dir) files.set(entry.name, await entry.async('nodebuffer'));
  }
  return files;
}
