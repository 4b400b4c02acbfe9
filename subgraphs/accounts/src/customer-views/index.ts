export { customerViewsModule } from './customer-views.module';
export type { CustomerListViewService } from './customer-list-view.service';
export { CustomerListViewType } from './customer-list-view.type';
