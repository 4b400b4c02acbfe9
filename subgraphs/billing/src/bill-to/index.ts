export { billToModule } from './bill-to.module';
export type { BillToDirectory } from './bill-to.directory';
