import { gamma } from '../gamma';

export function delta(): string {
  return gamma();
}
