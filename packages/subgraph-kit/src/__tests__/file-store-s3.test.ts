import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
// s3rver speaks S3's REST API over HTTP, signatures checked, so the SDK's own requests are what is tried.
import S3rver from 's3rver';
import { S3FileStore, S3_PART_BYTES, readStoredFile } from '../file-store';

describe('S3FileStore against an S3-compatible server', () => {
  let folder: string;
  let server: S3rver;
  let store: S3FileStore;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 's3rver-'));
    server = new S3rver({
      address: '127.0.0.1',
      port: 0,
      silent: true,
      directory: folder,
      configureBuckets: [{ name: 'clientele-files', configs: [] }],
    });
    const { port } = await server.run();
    store = new S3FileStore({
      kind: 's3',
      bucket: 'clientele-files',
      region: 'us-east-1',
      endpoint: `http://127.0.0.1:${port}`,
      forcePathStyle: true,
      // s3rver's fixed development key pair.
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    });
  });

  afterAll(async () => {
    await server.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('should answer what was put, buffer or stream, and know it exists', async () => {
    await store.put('billing/invoices/p1/i1.pdf', Buffer.from('%PDF-1.3 one'), 'application/pdf');
    await store.put('billing/logos/p1/l.png', Readable.from([Buffer.from('png '), Buffer.from('bytes')]), 'image/png');

    const file = await store.get('billing/invoices/p1/i1.pdf');
    expect(file?.size).toBe(12);
    expect((await readStoredFile(store, 'billing/invoices/p1/i1.pdf'))?.toString()).toBe('%PDF-1.3 one');
    expect((await readStoredFile(store, 'billing/logos/p1/l.png'))?.toString()).toBe('png bytes');
    expect(await store.exists('billing/logos/p1/l.png')).toBe(true);
  });

  it('should answer null and false once a file is deleted, and delete a missing one without complaint', async () => {
    await store.put('x/gone.txt', Buffer.from('soon gone'), 'text/plain');

    await store.delete('x/gone.txt');
    await store.delete('x/never-there.txt');

    expect(await store.get('x/gone.txt')).toBeNull();
    expect(await store.exists('x/gone.txt')).toBe(false);
  });

  it('should write a stream longer than a part as a multipart upload, byte for byte', async () => {
    // Two whole parts and a short third, made as they are read, with each byte telling its place.
    const length = 2 * S3_PART_BYTES + 12_345;
    const chunk = 1024 * 1024 - 7;
    function* bytes() {
      for (let offset = 0; offset < length; offset += chunk) {
        const size = Math.min(chunk, length - offset);
        yield Buffer.from(Array.from({ length: size }, (_, i) => (offset + i) % 251));
      }
    }

    await store.put('accounts/exports/p1/big.csv', Readable.from(bytes()), 'text/csv');

    const stored = await readStoredFile(store, 'accounts/exports/p1/big.csv');
    expect(stored?.length).toBe(length);
    expect(stored?.every((byte, i) => byte === i % 251)).toBe(true);
  });

  it('should write an empty stream as an empty file', async () => {
    await store.put('accounts/exports/p1/empty.csv', Readable.from([]), 'text/csv');

    expect((await readStoredFile(store, 'accounts/exports/p1/empty.csv'))?.length).toBe(0);
  });

  it('should refuse a key that is not the store’s before asking the server', async () => {
    await expect(store.put('../outside', Buffer.from('x'), 'text/plain')).rejects.toThrow('Not a file store key');
  });
});
