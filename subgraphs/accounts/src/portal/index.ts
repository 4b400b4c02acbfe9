export { portalModule } from './portal.module';
