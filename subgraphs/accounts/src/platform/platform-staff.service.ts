import { type PlatformRole, newId } from '@clientele/subgraph-kit';
import type { DataSource, EntityManager } from 'typeorm';
import { hashPassword, verifyAgainstDecoy, verifyPassword } from '../credentials';
import { PlatformStaffEntity } from './platform-staff.entity';

export interface StaffProvisioning {
  email: string;
  name: string;
  role: PlatformRole;
  password: string;
}

/** What other modules know of a staff member: never the password hash. */
export interface PlatformStaffMember {
  id: string;
  email: string;
  name: string;
  role: PlatformRole;
}

function toStaffMember(entity: PlatformStaffEntity): PlatformStaffMember {
  return { id: entity.id, email: entity.email, name: entity.name, role: entity.role };
}

/** Clientele's own staff. There is no API to create them: they are provisioned by operations. */
export class PlatformStaffService {
  constructor(private readonly dataSource: DataSource) {}

  async authenticate(email: string, password: string): Promise<PlatformStaffMember | null> {
    const staff = await this.dataSource.getRepository(PlatformStaffEntity).findOneBy({ email, status: 'ACTIVE' });
    if (!staff) return verifyAgainstDecoy(password).then(() => null);
    return (await verifyPassword(staff.passwordHash, password)) ? toStaffMember(staff) : null;
  }

  async findActive(id: string): Promise<PlatformStaffMember | null> {
    const staff = await this.dataSource.getRepository(PlatformStaffEntity).findOneBy({ id, status: 'ACTIVE' });
    return staff && toStaffMember(staff);
  }

  /** Whether a staff member signs in with this email; operators may not share it. */
  async emailTaken(email: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    return manager.existsBy(PlatformStaffEntity, { email });
  }

  async provision(request: StaffProvisioning): Promise<PlatformStaffMember> {
    const staff = this.dataSource.manager.create(PlatformStaffEntity, {
      id: newId(),
      email: request.email,
      name: request.name,
      role: request.role,
      passwordHash: await hashPassword(request.password),
      status: 'ACTIVE',
    });
    await this.dataSource.manager.insert(PlatformStaffEntity, staff);
    return toStaffMember(staff);
  }
}
