export { membersModule } from './members.module';
export type { MemberLoaders } from './member.loaders';
export type { MemberService, PortalAccess, PortalMember } from './member.service';
export { MemberType } from './member.type';
