export default async function globalTeardown(): Promise<void> {
  await globalThis.clienteleTestStack?.stop();
}
