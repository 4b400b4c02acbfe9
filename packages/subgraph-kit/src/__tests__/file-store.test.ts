import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { checkFileKey, createFileStore, LocalFileStore, readStoredFile, S3FileStore } from '../file-store';

async function textOf(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString();
}

describe('LocalFileStore', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'file-store-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('should answer what was put, as a stream, when a buffer is stored', async () => {
    const store = new LocalFileStore(folder);

    await store.put('billing/invoices/p1/i1.pdf', Buffer.from('%PDF-1.3 one'), 'application/pdf');

    const file = await store.get('billing/invoices/p1/i1.pdf');
    expect(file?.size).toBe(12);
    expect(await textOf(file!.body)).toBe('%PDF-1.3 one');
    expect(await store.exists('billing/invoices/p1/i1.pdf')).toBe(true);
  });

  it('should store a stream whole and leave no partial file beside it', async () => {
    const store = new LocalFileStore(folder);

    await store.put(
      'a/b.bin',
      Readable.from([Buffer.from('first '), Buffer.from('second')]),
      'application/octet-stream',
    );

    expect((await readStoredFile(store, 'a/b.bin'))?.toString()).toBe('first second');
    expect(readdirSync(join(folder, 'a'))).toEqual(['b.bin']);
  });

  it('should answer null and false for a missing file, and delete without complaint when there is none', async () => {
    const store = new LocalFileStore(folder);
    await store.put('x/y.txt', Buffer.from('y'), 'text/plain');

    await store.delete('x/y.txt');
    await store.delete('x/never.txt');

    expect(await store.get('x/y.txt')).toBeNull();
    expect(await store.exists('x/y.txt')).toBe(false);
    expect(await readStoredFile(store, 'x/y.txt')).toBeNull();
  });

  it('should refuse keys that could leave the folder or mean different files elsewhere', async () => {
    const store = new LocalFileStore(folder);

    for (const key of ['../escape', 'a/../../b', '/absolute', 'a//b', 'A/upper', 'a/./b', '', 'a\\b', 'a/b/']) {
      expect(() => checkFileKey(key)).toThrow('Not a file store key');
      await expect(store.put(key, Buffer.from('x'), 'text/plain')).rejects.toThrow('Not a file store key');
    }
    expect(checkFileKey('billing/logos/0190-ab/x.png')).toBe('billing/logos/0190-ab/x.png');
  });
});

describe('createFileStore', () => {
  it('should make a local store for a folder and an S3 store for a bucket', () => {
    expect(createFileStore({ kind: 'local', directory: tmpdir() })).toBeInstanceOf(LocalFileStore);
    expect(
      createFileStore({
        kind: 's3',
        bucket: 'clientele',
        region: 'eu-west-1',
        endpoint: 'http://127.0.0.1:9000',
        forcePathStyle: true,
        credentials: { accessKeyId: 'id', secretAccessKey: 'secret' },
      }),
    ).toBeInstanceOf(S3FileStore);
  });
});
