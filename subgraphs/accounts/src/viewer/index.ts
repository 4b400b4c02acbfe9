export { viewerModule } from './viewer.module';
