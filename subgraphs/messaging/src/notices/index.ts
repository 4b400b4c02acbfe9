export { noticesModule } from './notices.module';
export type { NoticeService } from './notice.service';
