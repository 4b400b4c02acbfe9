import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { S3Client } from '@aws-sdk/client-s3';

// The AWS SDK is large: it is loaded only by a process that keeps its files in S3.
type S3Sdk = typeof import('@aws-sdk/client-s3');

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
 * Files the subgraphs keep outside PostgreSQL: rendered invoices, uploaded logos, exports. Keys are
 * paths like `billing/invoices/<partner>/<id>.pdf`; a file is written whole or not at all, so a
 * reader never sees half of one. A body given as a stream is written as it comes, in memory of a
 * fixed size whatever the file's (an export of a million rows). Downloads are served by the subgraph that owns the file, which checks
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

  // A folder keeps no content type: the owner of a file knows what it holds.
  async put(key: string, body: Buffer | Readable, _contentType?: string): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    const partial = `${path}.${randomUUID()}.partial`;
    try {
      if (Buffer.isBuffer(body)) await writeFile(partial, body);
      else await pipeline(body, createWriteStream(partial));
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

function isNotFound(sdk: S3Sdk, error: unknown): boolean {
  return (
    error instanceof sdk.S3ServiceException &&
    (error.name === 'NoSuchKey' || error.name === 'NotFound' || error.$metadata.httpStatusCode === 404)
  );
}

/**
 * The size of each part of a streamed upload: S3 wants at least 5 MiB per part but the last, and
 * at most 10,000 parts, so 8 MiB parts hold files up to about 78 GiB in 8 MiB of memory.
 */
export const S3_PART_BYTES = 8 * 1024 * 1024;

/**
 * Cuts a stream into parts of exactly `size` bytes (the last one shorter), keeping at most one
 * part in memory.
 */
async function* partsOf(body: Readable, size: number): AsyncGenerator<Buffer> {
  let chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of body) {
    let rest = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
    while (length + rest.length >= size) {
      const take = size - length;
      chunks.push(rest.subarray(0, take));
      yield Buffer.concat(chunks);
      rest = rest.subarray(take);
      chunks = [];
      length = 0;
    }
    if (rest.length > 0) {
      chunks.push(rest);
      length += rest.length;
    }
  }
  if (length > 0) yield Buffer.concat(chunks);
}

/**
 * An S3-compatible bucket. A buffer is sent in one request; a stream as a multipart upload, one
 * part at a time, so a file of any size is written in the memory of one part.
 */
export class S3FileStore implements FileStore {
  private readonly connection: Promise<{ sdk: S3Sdk; client: S3Client }>;

  constructor(private readonly config: Extract<FileStoreConfig, { kind: 's3' }>) {
    this.connection = import('@aws-sdk/client-s3').then((sdk) => ({
      sdk,
      client: new sdk.S3Client({
        region: config.region,
        ...(config.endpoint ? { endpoint: config.endpoint } : {}),
        forcePathStyle: config.forcePathStyle,
        ...(config.credentials ? { credentials: config.credentials } : {}),
      }),
    }));
  }

  async put(key: string, body: Buffer | Readable, contentType: string): Promise<void> {
    checkFileKey(key);
    if (Buffer.isBuffer(body)) return this.putWhole(key, body, contentType);
    const { sdk, client } = await this.connection;
    const parts = partsOf(body, S3_PART_BYTES);
    const first = await parts.next();
    const second = first.done ? first : await parts.next();
    // A stream that fits in one part is one request, as a buffer is.
    if (second.done) return this.putWhole(key, first.done ? Buffer.alloc(0) : first.value, contentType);
    const bucket = this.config.bucket;
    const { UploadId: uploadId } = await client.send(
      new sdk.CreateMultipartUploadCommand({ Bucket: bucket, Key: key, ContentType: contentType }),
    );
    if (!uploadId) throw new Error(`S3 started no upload for ${key}`);
    try {
      const uploaded: { ETag: string | undefined; PartNumber: number }[] = [];
      const send = async (bytes: Buffer) => {
        const PartNumber = uploaded.length + 1;
        const { ETag } = await client.send(
          new sdk.UploadPartCommand({
            Bucket: bucket,
            Key: key,
            UploadId: uploadId,
            PartNumber,
            Body: bytes,
            ContentLength: bytes.length,
          }),
        );
        uploaded.push({ ETag, PartNumber });
      };
      await send(first.value as Buffer);
      await send(second.value);
      for await (const part of parts) await send(part);
      await client.send(
        new sdk.CompleteMultipartUploadCommand({
          Bucket: bucket,
          Key: key,
          UploadId: uploadId,
          MultipartUpload: { Parts: uploaded },
        }),
      );
    } catch (error) {
      // An upload left open keeps its parts (and their cost) until the bucket's lifecycle rule removes them.
      await client
        .send(new sdk.AbortMultipartUploadCommand({ Bucket: bucket, Key: key, UploadId: uploadId }))
        .catch(() => undefined);
      throw error;
    }
  }

  private async putWhole(key: string, bytes: Buffer, contentType: string): Promise<void> {
    const { sdk, client } = await this.connection;
    await client.send(
      new sdk.PutObjectCommand({
        Bucket: this.config.bucket,
        Key: checkFileKey(key),
        Body: bytes,
        ContentType: contentType,
        ContentLength: bytes.length,
      }),
    );
  }

  async get(key: string): Promise<StoredFile | null> {
    const { sdk, client } = await this.connection;
    try {
      const object = await client.send(
        new sdk.GetObjectCommand({ Bucket: this.config.bucket, Key: checkFileKey(key) }),
      );
      if (!object.Body) return null;
      return { body: object.Body as Readable, size: object.ContentLength ?? null };
    } catch (error) {
      if (isNotFound(sdk, error)) return null;
      throw error;
    }
  }

  async exists(key: string): Promise<boolean> {
    const { sdk, client } = await this.connection;
    try {
      await client.send(new sdk.HeadObjectCommand({ Bucket: this.config.bucket, Key: checkFileKey(key) }));
      return true;
    } catch (error) {
      if (isNotFound(sdk, error)) return false;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    const { sdk, client } = await this.connection;
    await client.send(new sdk.DeleteObjectCommand({ Bucket: this.config.bucket, Key: checkFileKey(key) }));
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
