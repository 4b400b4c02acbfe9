import { type PlatformRole, newId } from '@clientele/subgraph-kit';
import type { DataSource } from 'typeorm';
import { hashPassword, verifyAgainstDecoy, verifyPassword } from '../auth/password';
import { PlatformStaffEntity } from './platform-staff.entity';

export interface StaffProvisioning {
  email: string;
  name: string;
  role: PlatformRole;
  password: string;
}

/** Clientele's own staff. There is no API to create them: they are provisioned by operations. */
export class PlatformStaffService {
  constructor(private readonly dataSource: DataSource) {}

  async authenticate(email: string, password: string): Promise<PlatformStaffEntity | null> {
    const staff = await this.dataSource.getRepository(PlatformStaffEntity).findOneBy({ email, status: 'ACTIVE' });
    if (!staff) return verifyAgainstDecoy(password).then(() => null);
    return (await verifyPassword(staff.passwordHash, password)) ? staff : null;
  }

  findActive(id: string): Promise<PlatformStaffEntity | null> {
    return this.dataSource.getRepository(PlatformStaffEntity).findOneBy({ id, status: 'ACTIVE' });
  }

  async provision(request: StaffProvisioning): Promise<PlatformStaffEntity> {
    const staff = this.dataSource.manager.create(PlatformStaffEntity, {
      id: newId(),
      email: request.email,
      name: request.name,
      role: request.role,
      passwordHash: await hashPassword(request.password),
      status: 'ACTIVE',
    });
    await this.dataSource.manager.insert(PlatformStaffEntity, staff);
    return staff;
  }
}
