export { platformModule } from './platform.module';
export { type PlatformStaffMember, PlatformStaffService, type StaffProvisioning } from './platform-staff.service';
