import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';

/** Where files live: a folder on this machine (one process, or a shared volume), or an S3-compatible bucket. */
export type FileStoreConfig =
  | { kind: 'local'; directory: string }
  | {
      kind: 's3';
      bucket: string;
      region: string;
      /** An S3-compatible server (MinIO, R2, Ceph…); AWS itself when null. */
      endpoint: string | null;
      forcePathStyle: boolean;
      /** Null leaves credentials to the AWS SDK's own chain (environment, instance role). */
      credentials: { accessKeyId: string; secretAccessKey: string } | null;
    };

export interface StoredFile {
  body: Readable;
  /** Bytes, when the store knows them before reading. */
  size: number | null;
}

/**
 * Files the subgraphs keep outside PostgreSQL: rendered invoices, uploaded logos. Keys are paths
 * like `billing/invoices/<partner>/<id>.pdf`; a file is written whole or not at all, so a reader
 * never sees half of one. Downloads are served by the subgraph that owns the file, which checks
 * the caller first; the store itself hands out no links.
 */
export interface FileStore {
  put(key: string, body: Buffer | Readable, contentType: string): Promise<void>;
  /** The file, or null when there is none under the key. */
  get(key: string): Promise<StoredFile | null>;
  exists(key: string): Promise<boolean>;
  /** Removes the file; nothing happens when there is none. */
  delete(key: string): Promise<void>;
}

/** Lower-case letters, digits, `-`, `_`, `.` in `/`-separated parts, none of them `.` or `..`. */
const KEY = /^(?!.*(?:^|\/)\.{1,2}(?:\/|$))[a-z0-9][a-z0-9._-]*(?:\/[a-z0-9][a-z0-9._-]*)*$/;

/** Refuses a key that could leave the store's folder or mean different files on different stores. */
export function checkFileKey(key: string): string {
  if (key.length > 512 || !KEY.test(key)) throw new Error(`Not a file store key: ${JSON.stringify(key)}`);
  return key;
}

async function bufferOf(body: Buffer | Readable): Promise<Buffer> {
  if (Buffer.isBuffer(body)) return body;
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';
}

/** A folder on this machine; each file is written beside its place and renamed into it, so it appears whole. */
export class LocalFileStore implements FileStore {
  constructor(private readonly directory: string) {}

  private pathOf(key: string): string {
    return join(this.directory, ...checkFileKey(key).split('/'));
  }

  async put(key: string, body: Buffer | Readable): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    const partial = `${path}.${randomUUID()}.partial`;
    try {
      await writeFile(partial, body);
      await rename(partial, path);
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<StoredFile | null> {
    const path = this.pathOf(key);
    try {
      const { size } = await stat(path);
      return { body: createReadStream(path), size };
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async exists(key: string): Promise<boolean> {
    try {
      return (await stat(this.pathOf(key))).isFile();
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}

function isNotFound(error: unknown): boolean {
  return (
    error instanceof S3ServiceException &&
    (error.name === 'NoSuchKey' || error.name === 'NotFound' || error.$metadata.httpStatusCode === 404)
  );
}

/** An S3-compatible bucket. Files are small (documents, logos), so each is sent in one request. */
export class S3FileStore implements FileStore {
  private readonly client: S3Client;

  constructor(private readonly config: Extract<FileStoreConfig, { kind: 's3' }>) {
    this.client = new S3Client({
      region: config.region,
      ...(config.endpoint ? { endpoint: config.endpoint } : {}),
      forcePathStyle: config.forcePathStyle,
      ...(config.credentials ? { credentials: config.credentials } : {}),
    });
  }

  async put(key: string, body: Buffer | Readable, contentType: string): Promise<void> {
    // A stream of unknown length would need a multipart upload; the files kept here fit in memory.
    const bytes = await bufferOf(body);
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.config.bucket,
        Key: checkFileKey(key),
        Body: bytes,
        ContentType: contentType,
        ContentLength: bytes.length,
      }),
    );
  }

  async get(key: string): Promise<StoredFile | null> {
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.config.bucket, Key: checkFileKey(key) }));
      if (!object.Body) return null;
      return { body: object.Body as Readable, size: object.ContentLength ?? null };
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  async exists(key: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.config.bucket, Key: checkFileKey(key) }));
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.config.bucket, Key: checkFileKey(key) }));
  }
}

export function createFileStore(config: FileStoreConfig): FileStore {
  return config.kind === 's3' ? new S3FileStore(config) : new LocalFileStore(config.directory);
}

/** Reads a stored file whole, e.g. a logo drawn into a document. */
export async function readStoredFile(store: FileStore, key: string): Promise<Buffer | null> {
  const file = await store.get(key);
  return file ? bufferOf(file.body) : null;
}

