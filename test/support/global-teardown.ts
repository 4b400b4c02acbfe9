export default async function globalTeardown(): Promise<void> {
  const unclean = (await globalThis.clienteleTestStack?.stop()) ?? [];
  if (unclean.length > 0) throw new Error(`The test stack did not stop cleanly: ${unclean.join('; ')}`);
}
